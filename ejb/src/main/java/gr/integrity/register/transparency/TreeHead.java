package gr.integrity.register.transparency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a tree head states: the log's size and root (hex SHA-256) at a time, and the audit trail's last entry and
 * chain hash then. {@link #signedBytes()} is what the signature covers, one value per line, so that a verifier in
 * any language rebuilds it without a JSON library:
 * <pre>
 * integrity-register-tree-head-v1
 * &lt;tree size&gt;
 * &lt;signed at, epoch milliseconds&gt;
 * &lt;root hash, hex&gt;
 * &lt;audit entry id, or empty&gt;
 * &lt;audit chain hash, hex&gt;
 * </pre>
 */
public record TreeHead(long treeSize, Instant signedAt, String rootHash, Long auditEntryId, String auditChainHash)
        implements java.io.Serializable {

    public static final String FORMAT = "integrity-register-tree-head-v1";

    public byte[] signedBytes() {
        return (FORMAT + "\n" + treeSize + "\n" + signedAt.toEpochMilli() + "\n" + rootHash + "\n"
                + (auditEntryId == null ? "" : auditEntryId) + "\n" + auditChainHash).getBytes(StandardCharsets.US_ASCII);
    }
}
