package gr.integrity.register.declaration;

import gr.integrity.register.platform.persistence.BaseEntity;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One filing of a type by a person for a period (or, for meetings, an event). Its content lives in its draft and
 * its submitted versions; this row only says whose it is, what for, and how far it has come.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", nullable = false, length = 20)
    private DeclarationType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "latest_version_no", nullable = false)
    private int latestVersionNo;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    /** When a declaration with no obligation (a meeting) was due, as its latest version says (see Lateness). */
    @Column(name = "due_at")
    private Instant dueAt;

    protected Declaration() {
    }

    public Declaration(DeclarationType type, Person person, Obligation obligation, int periodYear) {
        this.type = type;
        this.person = person;
        this.obligation = obligation;
        this.periodYear = periodYear;
    }

    /** A version was submitted at that time; a type declared per event says from its content when it was due. */
    void submitted(int versionNo, Instant at, Instant due) {
        latestVersionNo = versionNo;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        if (obligation == null) {
            dueAt = due;
        }
    }

    public boolean isSubmitted() {
        return latestVersionNo > 0;
    }

    public DeclarationType getType() {
        return type;
    }

    public Person getPerson() {
        return person;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public int getLatestVersionNo() {
        return latestVersionNo;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }
}
