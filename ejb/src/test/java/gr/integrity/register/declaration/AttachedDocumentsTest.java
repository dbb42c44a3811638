package gr.integrity.register.declaration;

import gr.integrity.register.common.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a document upload accepts: a PDF by its bytes, never by its name; and the name it is served under. */
class AttachedDocumentsTest {

    @Test
    void aPdfIsKnownByItsContent() throws IOException {
        assertDoesNotThrow(() -> AttachedDocuments.cleanPdf(pdf()));
        assertEquals("document.notPdf", refusal("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("document.notPdf", refusal(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("document.notPdf", refusal("%PDF-1.7\nthe header alone is not a document".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theServedNameIsTheLastSegmentPrintableAndEndsInPdf() {
        assertEquals("passwd.pdf", AttachedDocuments.safeFileName("../../etc/passwd"));
        assertEquals("Υπόμνημα ΣΕΒ.pdf", AttachedDocuments.safeFileName("C:\\Users\\x\\Υπόμνημα ΣΕΒ.PDF"));
        assertEquals("ab.pdf", AttachedDocuments.safeFileName("a\u0000\"b\r\n.pdf"));
        assertEquals("document.pdf", AttachedDocuments.safeFileName(".."));
        assertEquals("document.pdf", AttachedDocuments.safeFileName(null));
        assertEquals(200, AttachedDocuments.safeFileName("α".repeat(500)).length());
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InvalidInputException.class, () -> AttachedDocuments.cleanPdf(bytes)).getMessageKey();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
