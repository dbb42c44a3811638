package gr.integrity.register.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A leaf of the transparency log: one submitted version's public form, as it was when the log took it in. */
@Entity
@Table(name = "log_leaf")
public class LogLeaf {

    @Id
    @Column(name = "leaf_index", updatable = false)
    private long leafIndex;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "leaf_input", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String leafInput;

    @Column(name = "leaf_hash", nullable = false, updatable = false, length = 64)
    private String leafHash;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected LogLeaf() {
    }

    LogLeaf(long leafIndex, long versionId, String leafInput, String leafHash) {
        this.leafIndex = leafIndex;
        this.versionId = versionId;
        this.leafInput = leafInput;
        this.leafHash = leafHash;
        this.loggedAt = Instant.now();
    }

    public long getLeafIndex() {
        return leafIndex;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getLeafInput() {
        return leafInput;
    }

    public String getLeafHash() {
        return leafHash;
    }
}
