package gr.integrity.register.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A public key that has signed tree heads, kept so that every head ever published can be checked. */
@Entity
@Table(name = "log_key")
public class LogKey {

    @Id
    @Column(name = "key_id", length = 64, updatable = false)
    private String keyId;

    @Column(name = "public_key", nullable = false, updatable = false, length = 200)
    private String publicKey;

    @Column(name = "first_used", nullable = false, updatable = false)
    private Instant firstUsed;

    protected LogKey() {
    }

    LogKey(String keyId, String publicKey) {
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.firstUsed = Instant.now();
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPublicKey() {
        return publicKey;
    }
}
