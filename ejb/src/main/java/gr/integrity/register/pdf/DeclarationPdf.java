package gr.integrity.register.pdf;

import gr.integrity.register.common.Messages;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldText;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.declaration.VersionComparison;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Renders a declaration version as PDF/A-2b. The same frame serves every type and both copies: what goes in is
 * the schema, the content (full, or already redacted for the public copy) and the facts printed on the first page.
 */
public final class DeclarationPdf {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ATHENS);

    /**
     * What the first page says about the version.
     *
     * @param publicCopy whether this is the public (redacted) copy; its hash is the public form's
     * @param hash       the full content's hash (full copy) or the redacted form's hash (public copy)
     * @param logEntry   the version's place in the transparency log (leaf index and leaf hash), null while it
     *                   waits for the log's next round
     */
    public record Facts(String title, String declarant, String period, String receiptNumber, int versionNo,
                        Instant submittedAt, String hash, boolean publicCopy, boolean late, boolean superseded,
                        Locale locale, String logEntry) {

        public Facts(String title, String declarant, String period, String receiptNumber, int versionNo,
                     Instant submittedAt, String hash, boolean publicCopy, boolean late, boolean superseded,
                     Locale locale) {
            this(title, declarant, period, receiptNumber, versionNo, submittedAt, hash, publicCopy, late, superseded,
                    locale, null);
        }
    }

    private DeclarationPdf() {
    }

    public static byte[] render(DeclarationSchema schema, DeclarationContent content, Facts facts) {
        Locale locale = Messages.supported(facts.locale());
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(PdfResources.REGULAR), true);
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(PdfResources.BOLD), true);
            try (PdfLayout layout = new PdfLayout(document, regular, bold)) {
                layout.heading(facts.title(), 16);
                layout.paragraph(text(locale, facts.publicCopy() ? "pdf.publicCopy" : "pdf.fullCopy"), 9);
                layout.space(6);
                float labelWidth = 170;
                layout.row(text(locale, "pdf.declarant"), facts.declarant(), 10, labelWidth);
                layout.row(text(locale, "pdf.period"), facts.period(), 10, labelWidth);
                layout.row(text(locale, "pdf.receipt"), facts.receiptNumber(), 10, labelWidth);
                layout.row(text(locale, "pdf.version"), facts.versionNo()
                        + (facts.superseded() ? " (" + text(locale, "pdf.superseded") + ")" : ""), 10, labelWidth);
                layout.row(text(locale, "pdf.submittedAt"), DATE_TIME.format(facts.submittedAt())
                        + (facts.late() ? " — " + text(locale, "pdf.late") : ""), 10, labelWidth);
                layout.row(text(locale, facts.publicCopy() ? "pdf.publicHash" : "pdf.contentHash"), facts.hash(), 9, labelWidth);
                if (facts.publicCopy()) {
                    layout.row(text(locale, "pdf.logEntry"), facts.logEntry() == null ? text(locale, "pdf.logPending")
                            : facts.logEntry(), 9, labelWidth);
                }
                layout.rule();
                writeHeader(layout, schema, content, locale, labelWidth);
                for (SectionDef section : schema.sections()) {
                    writeSection(layout, schema, section, content.items(section.name()), locale, labelWidth);
                }
                layout.space(10);
                layout.paragraph(text(locale, facts.publicCopy() ? "pdf.licence" : "pdf.confidential"), 8);
                layout.decorate(text(locale, "pdf.header") + " · " + facts.title(),
                        facts.receiptNumber() + " · v" + facts.versionNo() + " · "
                                + text(locale, facts.publicCopy() ? "pdf.publicShort" : "pdf.fullShort"));
            }
            makePdfA(document, facts, locale);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static void writeHeader(PdfLayout layout, DeclarationSchema schema, DeclarationContent content,
                                    Locale locale, float labelWidth) throws IOException {
        for (FieldDef field : schema.headerFields()) {
            String value = content.header(field.name());
            if (value != null && field.isReadable()) {
                // a currency is printed with its amount
                String currency = field.name().endsWith("Total") ? content.header(field.name() + "Currency") : null;
                layout.row(FieldText.fieldLabel(schema, DeclarationSchema.HEADER, field.name(), locale),
                        FieldText.value(field, value, currency, locale), 10, labelWidth);
            }
        }
    }

    private static void writeSection(PdfLayout layout, DeclarationSchema schema, SectionDef section,
                                     List<DeclarationContent.Item> items, Locale locale, float labelWidth) throws IOException {
        layout.heading(FieldText.sectionLabel(schema, section.name(), locale) + " (" + items.size() + ")", 12);
        if (items.isEmpty()) {
            layout.paragraph(text(locale, "pdf.noneDeclared"), 10);
            return;
        }
        int n = 0;
        for (DeclarationContent.Item item : items) {
            n++;
            String label = VersionComparison.label(section, item);
            layout.heading(n + ". " + (label.isEmpty() ? FieldText.sectionLabel(schema, section.name(), locale) : label), 10);
            for (FieldDef field : section.fields()) {
                String value = item.get(field.name());
                if (value == null || !field.isReadable()) {
                    continue;
                }
                layout.row(FieldText.fieldLabel(schema, section.name(), field.name(), locale),
                        FieldText.value(field, value, item.get("currency"), locale), 9, labelWidth);
            }
        }
    }

    /** PDF/A-2b: XMP metadata matching the document information, and an sRGB output intent. */
    private static void makePdfA(PDDocument document, Facts facts, Locale locale) throws IOException {
        Calendar now = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        now.set(Calendar.MILLISECOND, 0);
        String producer = text(locale, "pdf.header");
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(facts.title());
        info.setAuthor(producer);
        info.setCreator(producer);
        info.setProducer(producer);
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(facts.title());
        dc.addCreator(producer);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        basic.setCreatorTool(producer);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException("PDF/A conformance could not be declared", e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage(locale.getLanguage());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(PdfResources.SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
