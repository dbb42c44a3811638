package gr.integrity.register.pdf;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.interest.InterestSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The declaration PDFs: PDF/A-2b as veraPDF judges it, Greek text in an embedded font, the receipt facts on
 * every page's header or footer, long text wrapped and long sections broken across pages.
 */
class DeclarationPdfTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aLongDeclarationIsPdfA2bWithGreekTextOnSeveralNumberedPages() throws Exception {
        byte[] pdf = DeclarationPdf.render(AssetSchema.SCHEMA, longDeclaration(), facts(false));

        assertPdfA2b(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Δήλωση περιουσιακής κατάστασης 2025"), text.substring(0, 300));
            assertTrue(text.contains("A2025-000042-2"));
            assertTrue(text.contains(HASH));
            assertTrue(text.contains("Εθνική Τράπεζα της Ελλάδος 39"));
            assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), "page numbers n / m");
            // the 3,000-character description is wrapped, not cut: its last words are there
            assertTrue(text.replaceAll("\\s+", " ").contains("τέλος της περιγραφής"));
        }
    }

    @Test
    void theEnglishCopySpeaksEnglish() throws Exception {
        DeclarationPdf.Facts facts = new DeclarationPdf.Facts("Asset declaration 2025", "Georgios Papadopoulos",
                "Annual, 2025", "A2025-000042-2", 2, Instant.parse("2026-03-01T10:15:30Z"), HASH, true, true, false,
                Locale.ENGLISH);
        byte[] pdf = DeclarationPdf.render(AssetSchema.SCHEMA, longDeclaration(), facts);

        assertPdfA2b(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Deposits and cash"), text.substring(0, 300));
            assertFalse(text.contains("Καταθέσεις και μετρητά"));
        }
    }

    @Test
    void aDeclarationOfInterestsUsesTheSameFrameAndShowsOrganisationsByName() throws Exception {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("spouseOccupation", "Εκπαιδευτικός");
        content.items(InterestSchema.POSITIONS).add(new DeclarationContent.Item("p1")
                .set("organisation", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης").set("organisationId", "4")
                .set("role", "Διδάσκων").set("paid", "PAID").set("band", "B1000_5000").set("currency", "EUR")
                .set("from", "2021-10-01"));
        DeclarationPdf.Facts facts = new DeclarationPdf.Facts("Δήλωση οικονομικών συμφερόντων 2025",
                "Γεώργιος Παπαδόπουλος", "Ετήσια, 2025", "I2025-000043-1", 1, Instant.parse("2026-03-01T10:15:30Z"),
                HASH, true, false, true, Locale.forLanguageTag("el"));

        byte[] pdf = DeclarationPdf.render(InterestSchema.SCHEMA, content, facts);

        assertPdfA2b(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Θέσεις και δραστηριότητες εκτός του αξιώματος"), text);
            assertTrue(text.contains("Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης") && text.contains("1.000 έως 5.000 €"), text);
            assertTrue(text.contains("Εκπαιδευτικός") && text.contains("I2025-000043-1"));
            assertFalse(text.contains("organisationId"), "the record id is the register's, not a row for readers");
        }
    }

    static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), failures);
        }
    }

    static DeclarationPdf.Facts facts(boolean publicCopy) {
        return new DeclarationPdf.Facts("Δήλωση περιουσιακής κατάστασης 2025", "Γεώργιος Παπαδόπουλος", "Ετήσια, 2025",
                "A2025-000042-2", 2, Instant.parse("2026-03-01T10:15:30Z"), HASH, publicCopy, false, true,
                Locale.forLanguageTag("el"));
    }

    static DeclarationContent longDeclaration() throws IOException {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("incomeTotal", "41000");
        content.getHeader().put("incomeTotalCurrency", "EUR");
        for (int i = 1; i <= 40; i++) {
            content.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item("d" + i).set("kind", "DEPOSIT")
                    .set("institution", "Εθνική Τράπεζα της Ελλάδος " + i).set("accountNumber", "GR16011012500000000123" + i)
                    .set("amount", String.valueOf(1000 * i)).set("currency", "EUR").set("share", "100")
                    .set("owner", "DECLARANT"));
        }
        content.items(AssetSchema.VALUABLES).add(new DeclarationContent.Item("v1")
                .set("description", "Συλλογή χαρακτικών του 19ου αιώνα με θέματα από την Ύδρα και τις Σπέτσες. ".repeat(40)
                        + "τέλος της περιγραφής").set("value", "18000").set("currency", "EUR").set("owner", "DECLARANT"));
        return content;
    }
}
