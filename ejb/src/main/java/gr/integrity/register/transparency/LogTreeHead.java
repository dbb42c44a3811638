package gr.integrity.register.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A signed tree head: the log's size and root at a time, with the audit trail's chain head then (so that a rewrite
 * of the trail is seen by anyone who kept an earlier head), signed by the register's log key.
 */
@Entity
@Table(name = "log_tree_head")
public class LogTreeHead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tree_size", nullable = false, updatable = false)
    private long treeSize;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "root_hash", nullable = false, updatable = false, length = 64)
    private String rootHash;

    @Column(name = "audit_entry_id", updatable = false)
    private Long auditEntryId;

    @Column(name = "audit_chain_hash", nullable = false, updatable = false, length = 64)
    private String auditChainHash;

    @Column(name = "key_id", nullable = false, updatable = false, length = 64)
    private String keyId;

    @Column(nullable = false, updatable = false, length = 200)
    private String signature;

    protected LogTreeHead() {
    }

    LogTreeHead(TreeHead head, String keyId, String signature) {
        this.treeSize = head.treeSize();
        this.signedAt = head.signedAt();
        this.rootHash = head.rootHash();
        this.auditEntryId = head.auditEntryId();
        this.auditChainHash = head.auditChainHash();
        this.keyId = keyId;
        this.signature = signature;
    }

    public SignedTreeHead signed() {
        return new SignedTreeHead(new TreeHead(treeSize, signedAt, rootHash, auditEntryId, auditChainHash), keyId,
                signature);
    }
}
