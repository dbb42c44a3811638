package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** An extension an ADMIN granted, by law or decision, for everyone (no category) or for one category. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", nullable = false, length = 20)
    private DeclarationType declarationType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObligationKind kind;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ObligedCategory category;

    @Column(name = "new_deadline", nullable = false)
    private LocalDate newDeadline;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private int affected;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(DeclarationType type, ObligationKind kind, int periodYear, ObligedCategory category,
                      LocalDate newDeadline, String reason, int affected, String createdBy) {
        this.declarationType = type;
        this.kind = kind;
        this.periodYear = periodYear;
        this.category = category;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.affected = affected;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public boolean appliesTo(DeclarationType type, ObligationKind kind, int year, ObligedCategory category) {
        return declarationType == type && this.kind == kind && periodYear == year
                && (this.category == null || this.category == category);
    }

    public Long getId() {
        return id;
    }

    public DeclarationType getDeclarationType() {
        return declarationType;
    }

    public ObligationKind getKind() {
        return kind;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public int getAffected() {
        return affected;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
