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

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        /** kept undelivered by an earlier release, which had no delivery to files; never set now */
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

    /** What the mail's one-time link opens, when it has one; the link itself is made at delivery. */
    @Column(name = "link_account_id")
    private Long linkAccountId;

    @Column(name = "link_purpose", length = 20)
    private String linkPurpose;

    @Column(name = "link_valid_minutes")
    private Integer linkValidMinutes;

    /** Where the recipient's mail program posts to stop mails like this one (RFC 8058); none for most mails. */
    @Column(name = "list_unsubscribe", length = 500)
    private String listUnsubscribe;

    @Version
    private int version;

    protected OutboxMessage() {
    }

    /** A mail to deliver; {@code body} has {@link OneTimeLink#PLACE} where the link goes, if {@code link} is given. */
    public OutboxMessage(String recipient, String subject, String body, OneTimeLink link) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
        if (link != null) {
            this.linkAccountId = link.accountId();
            this.linkPurpose = link.purpose();
            this.linkValidMinutes = Math.toIntExact(link.validity().toMinutes());
        }
    }

    /** A mail to a list (a digest): its recipient stops it at that address in one click. */
    public OutboxMessage unsubscribedAt(String address) {
        this.listUnsubscribe = address;
        return this;
    }

    /** The address that stops mails like this one in one click, for a mail to a list. */
    public Optional<String> listUnsubscribe() {
        return Optional.ofNullable(listUnsubscribe);
    }

    /** The link the mail carries, to be made at delivery; none for a plain mail. */
    public Optional<OneTimeLink> link() {
        return linkAccountId == null ? Optional.empty()
                : Optional.of(new OneTimeLink(linkAccountId, linkPurpose, Duration.ofMinutes(linkValidMinutes)));
    }

    /** The text the addressee receives, with the link made for this delivery in its place. */
    public String bodyWith(String madeLink) {
        return madeLink == null ? body : body.replace(OneTimeLink.PLACE, madeLink);
    }

    public void delivered() {
        status = Status.SENT;
        sentAt = Instant.now();
        attempts++;
        // what a delivered mail said is the addressee's; the outbox keeps that it was sent
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
