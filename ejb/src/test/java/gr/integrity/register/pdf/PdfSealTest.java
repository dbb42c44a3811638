package gr.integrity.register.pdf;

import gr.integrity.register.asset.AssetSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seal on a public PDF: a PAdES signature that an independent tool (poppler's pdfsig) finds valid, that covers
 * the whole file, that still verifies as CMS, that leaves the document PDF/A-2b, and that no longer verifies once a
 * single byte of the sealed document is changed.
 */
class PdfSealTest {

    @org.junit.jupiter.api.BeforeAll
    static void veraPdf() {
        DeclarationPdfTest.veraPdf();
    }

    @Test
    void aSealedPublicCopyIsValidForAnIndependentToolStaysPdfAAndShowsAnyChange() throws Exception {
        KeyPair key = PdfSeal.demoKey();
        X509Certificate certificate = PdfSeal.selfSigned(key, "CN=Integrity Register test seal, O=Integrity Register, C=GR");
        byte[] unsealed = DeclarationPdf.render(AssetSchema.SCHEMA, DeclarationPdfTest.longDeclaration(),
                DeclarationPdfTest.facts(true));

        byte[] sealed = PdfSeal.seal(unsealed, key.getPrivate(), certificate, Instant.parse("2026-03-01T10:15:30Z"));

        DeclarationPdfTest.assertPdfA2b(sealed);
        try (PDDocument document = Loader.loadPDF(sealed)) {
            assertEquals(1, document.getSignatureDictionaries().size());
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(sealed.length, range[2] + range[3], "the signature covers the whole file but itself");
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(sealed)),
                    signature.getContents(sealed));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));
            assertTrue(signer.getSignedAttributes().get(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
                    "PAdES: the signing certificate is bound by signing-certificate-v2");
            assertNull(signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime),
                    "PAdES: no signing-time attribute");
        }

        String verdict = pdfsig(sealed);
        assertTrue(verdict.contains("Signature is Valid"), verdict);
        assertTrue(verdict.contains("ETSI.CAdES.detached") || verdict.contains("PAdES"), verdict);

        byte[] changed = sealed.clone();
        int at = indexOf(changed, "A2025-000042-2".getBytes(StandardCharsets.ISO_8859_1));
        // the receipt number in the document information: one digit changed inside the signed range
        if (at < 0) {
            at = 200;
        }
        changed[at] = (byte) (changed[at] == '9' ? '8' : '9');
        String broken = pdfsig(changed);
        assertFalse(broken.contains("Signature is Valid"), broken);
    }

    /** poppler-utils' pdfsig on the file: its report. */
    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("sealed-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
