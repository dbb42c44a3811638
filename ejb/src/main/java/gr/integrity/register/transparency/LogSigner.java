package gr.integrity.register.transparency;

import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key that signs the log's tree heads (Ed25519, in the JDK). An installation keeps it outside the database, in
 * a PKCS#12 key store it makes with {@code keytool -genkeypair -alg Ed25519 -alias log -keystore log.p12}, named by
 * REGISTER_LOG_KEYSTORE (with REGISTER_LOG_KEYSTORE_PASSWORD, and REGISTER_LOG_KEY_ALIAS if not "log"). Without one,
 * as in the demo, a key is made on first start and kept in the server's data folder ({@code transparency-log/},
 * readable by its owner only). Whoever holds only the database cannot sign: a rewritten history cannot be given
 * heads that verify.
 */
@ApplicationScoped
public class LogSigner {

    private static final Logger LOG = Logger.getLogger(LogSigner.class);
    static final String ALGORITHM = "Ed25519";

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @jakarta.inject.Inject
    private RegisterConfig config;

    @PostConstruct
    void load() {
        try {
            KeyPair pair = RegisterConfig.value("REGISTER_LOG_KEYSTORE").isPresent() ? fromKeyStore() : generatedKey();
            privateKey = pair.getPrivate();
            publicKey = pair.getPublic();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The transparency log's signing key could not be loaded: "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** The signature (base64) of bytes. */
    public String sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(bytes);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The public key, X.509 SubjectPublicKeyInfo, base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The key's id: hex SHA-256 of its encoded public key. */
    public String keyId() {
        return Hashing.sha256Hex(publicKey.getEncoded());
    }

    /** Whether a signature (base64) over bytes is valid under an encoded public key (base64). */
    public static boolean verify(String publicKeyBase64, byte[] bytes, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(bytes);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private KeyPair fromKeyStore() throws IOException, GeneralSecurityException {
        Path file = Path.of(RegisterConfig.value("REGISTER_LOG_KEYSTORE").orElseThrow());
        char[] password = RegisterConfig.value("REGISTER_LOG_KEYSTORE_PASSWORD").orElse("").toCharArray();
        String alias = RegisterConfig.value("REGISTER_LOG_KEY_ALIAS").orElse("log");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        if (key == null || store.getCertificate(alias) == null) {
            throw new GeneralSecurityException("no key \"" + alias + "\" in " + file);
        }
        LOG.infof("Transparency log: signing with the key \"%s\" of %s", alias, file);
        return new KeyPair(store.getCertificate(alias).getPublicKey(), key);
    }

    private KeyPair generatedKey() throws IOException, GeneralSecurityException {
        Path folder = Path.of(System.getProperty("jboss.server.data.dir", "."), "transparency-log");
        Path privateFile = folder.resolve("log-key.pkcs8");
        Path publicFile = folder.resolve("log-key.x509");
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
        }
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Files.createDirectories(folder);
        Files.write(privateFile, pair.getPrivate().getEncoded());
        Files.write(publicFile, pair.getPublic().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
        LOG.infof("Transparency log: made a signing key in %s (set REGISTER_LOG_KEYSTORE to use your own)", folder);
        return pair;
    }
}
