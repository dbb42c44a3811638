package gr.integrity.register.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A question an auditor asks the filer, with a due date; the next version the filer submits answers it. */
@Entity
@Table(name = "clarification")
public class Clarification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(nullable = false, length = 2000, updatable = false)
    private String message;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "answered_version_no")
    private Integer answeredVersionNo;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Clarification() {
    }

    Clarification(long declarationId, String requestedBy, String message, LocalDate dueDate) {
        this.declarationId = declarationId;
        this.requestedBy = requestedBy;
        this.message = message;
        this.dueDate = dueDate;
        this.requestedAt = Instant.now();
    }

    void answeredBy(int versionNo) {
        answeredVersionNo = versionNo;
        answeredAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Integer getAnsweredVersionNo() {
        return answeredVersionNo;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
