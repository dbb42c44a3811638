package gr.integrity.register.transparency;

/** A tree head with the id of the key that signed it (hex SHA-256 of its public key) and the signature (base64). */
public record SignedTreeHead(TreeHead head, String keyId, String signature) implements java.io.Serializable {
}
