package gr.integrity.register.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A mail the register sends. Every mail passes through the outbox, so none is lost when the mail server is down. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status {
        /** waiting for the dispatcher to deliver it by SMTP */
        PENDING,
        /** delivered */
        SENT,
        /** delivery failed too often; an ADMIN sees why */
        FAILED,
        /** delivery is off (the embedded run): the message stays here for ADMIN to read */
        HELD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Status status) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = Instant.now();
    }

    public void delivered() {
        status = Status.SENT;
        sentAt = Instant.now();
        attempts++;
        // one-time links in a delivered mail are of no use to anyone reading the outbox later
        body = "[delivered]";
    }

    public void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
