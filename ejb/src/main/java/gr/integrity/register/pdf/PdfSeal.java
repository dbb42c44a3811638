package gr.integrity.register.pdf;

import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The register's seal on its public PDFs: a PAdES baseline signature (ETSI.CAdES.detached: a CMS signature with the
 * signing-certificate-v2 attribute and no signing-time, the time being the signature dictionary's), added as an
 * incremental update so that the PDF/A-2b document stays as it was. Any PDF reader, or {@code pdfsig}, shows who
 * sealed it and that not a byte changed since.
 * <p>
 * The key and its certificate come from a PKCS#12 key store named by REGISTER_PDF_KEYSTORE (with
 * REGISTER_PDF_KEYSTORE_PASSWORD, alias REGISTER_PDF_KEY_ALIAS or "pdf"): an installation's qualified seal. Without
 * one, as in the demo, an ECDSA P-256 key with a self-signed certificate is made on first start in the server's data
 * folder (readable by its owner only); readers then show the seal as valid but its issuer as unknown.
 */
@ApplicationScoped
public class PdfSeal {

    private static final Logger LOG = Logger.getLogger(PdfSeal.class);
    private static final String DEMO_PASSWORD = "demo-seal";

    private PrivateKey key;
    private X509Certificate certificate;

    @PostConstruct
    void load() {
        try {
            KeyStore store;
            char[] password;
            String alias;
            if (RegisterConfig.value("REGISTER_PDF_KEYSTORE").isPresent()) {
                Path file = Path.of(RegisterConfig.value("REGISTER_PDF_KEYSTORE").orElseThrow());
                password = RegisterConfig.value("REGISTER_PDF_KEYSTORE_PASSWORD").orElse("").toCharArray();
                alias = RegisterConfig.value("REGISTER_PDF_KEY_ALIAS").orElse("pdf");
                store = read(file, password);
            } else {
                password = DEMO_PASSWORD.toCharArray();
                alias = "pdf";
                store = demoStore(Path.of(System.getProperty("jboss.server.data.dir", "."), "pdf-seal", "seal.p12"));
            }
            key = (PrivateKey) store.getKey(alias, password);
            certificate = (X509Certificate) store.getCertificate(alias);
            if (key == null || certificate == null) {
                throw new GeneralSecurityException("no key \"" + alias + "\" with a certificate in the PDF seal's store");
            }
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The PDF seal could not be loaded: " + e.getMessage(), e);
        }
    }

    /** The PDF with the register's seal added. */
    public byte[] seal(byte[] pdf) {
        return seal(pdf, key, certificate, Instant.now());
    }

    /** Seals a PDF with a key and its certificate, as of a time. */
    static byte[] seal(byte[] pdf, PrivateKey key, X509Certificate certificate, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Μητρώο Ακεραιότητας – Integrity Register");
            signature.setReason("Δημόσιο αντίγραφο του μητρώου / Public copy of the register");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, key, certificate), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be sealed", e);
        }
    }

    /** The detached CMS signature of the signed byte ranges, with the attribute that binds it to the certificate. */
    private static byte[] cms(InputStream content, PrivateKey key, X509Certificate certificate) throws IOException {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash,
                    new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id}))));
            DefaultSignedAttributeTableGenerator signed = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(attributes)) {
                @Override
                @SuppressWarnings("rawtypes")
                public AttributeTable getAttributes(Map parameters) {
                    // PAdES: the time is the signature dictionary's, not a signing-time attribute
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).setSignedAttributeGenerator(signed)
                    .build(new JcaContentSignerBuilder(algorithm).build(key), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made: " + e.getMessage(), e);
        }
    }

    private static KeyStore read(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** The demo's seal: made once, kept beside the server's data. */
    private static KeyStore demoStore(Path file) throws IOException, GeneralSecurityException, OperatorCreationException {
        if (Files.exists(file)) {
            return read(file, DEMO_PASSWORD.toCharArray());
        }
        KeyPair pair = demoKey();
        X509Certificate certificate = selfSigned(pair, "CN=Integrity Register demo seal, O=Integrity Register, C=GR");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("pdf", pair.getPrivate(), DEMO_PASSWORD.toCharArray(), new Certificate[]{certificate});
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, DEMO_PASSWORD.toCharArray());
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own protection applies
        }
        LOG.infof("PDF seal: made a demo seal in %s (set REGISTER_PDF_KEYSTORE to use your own)", file);
        return store;
    }

    static KeyPair demoKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A certificate for a seal key, signed by itself, for ten years, for signing documents only. */
    static X509Certificate selfSigned(KeyPair pair, String subject) throws GeneralSecurityException,
            OperatorCreationException, IOException {
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }
}
