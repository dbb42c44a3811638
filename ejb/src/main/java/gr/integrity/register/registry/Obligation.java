package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A person must file a declaration of a type for a period by a deadline, because of a mandate. There is one
 * obligation per person, type, kind and period, however many posts require it. The deadline is data: derived
 * from the settings when the obligation is created, later moved only by an ADMIN's extension.
 */
@Entity
@Table(name = "obligation")
public class Obligation extends BaseEntity {

    /** Deadlines are the end of the day in Greece; times are stored in UTC. */
    public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", nullable = false, length = 20)
    private DeclarationType declarationType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObligationKind kind;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ObligedCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Column(name = "original_deadline", nullable = false)
    private LocalDate originalDeadline;

    @Column(nullable = false)
    private LocalDate deadline;

    /** The end of the deadline day in Athens, in UTC: what a first submission is compared with (see Lateness). */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected Obligation() {
    }

    public Obligation(Person person, DeclarationType type, ObligationKind kind, int periodYear,
                      ObligedCategory category, Mandate mandate, LocalDate deadline) {
        this.person = person;
        this.declarationType = type;
        this.kind = kind;
        this.periodYear = periodYear;
        this.category = category;
        this.mandate = mandate;
        this.originalDeadline = deadline;
        setDeadline(deadline);
    }

    /** The last instant a filing counts as on time: the end of the deadline day in Athens. */
    public Instant dueInstant() {
        return dueAt;
    }

    /** The deadline, and with it the instant it ends. */
    private void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        this.dueAt = endOfDay(deadline);
    }

    public static Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, ATHENS).toInstant();
    }

    public boolean isExtended() {
        return deadline.isAfter(originalDeadline);
    }

    /** Re-derived from changed mandates or settings: the base moves, an extension granted since is kept. */
    void rebase(LocalDate newOriginal, Mandate newMandate, ObligedCategory newCategory) {
        boolean extended = isExtended();
        this.originalDeadline = newOriginal;
        if (!extended || deadline.isBefore(newOriginal)) {
            setDeadline(newOriginal);
        }
        this.mandate = newMandate;
        this.category = newCategory;
    }

    void extendTo(LocalDate newDeadline) {
        if (newDeadline.isAfter(deadline)) {
            setDeadline(newDeadline);
        }
    }

    public Person getPerson() {
        return person;
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

    public Mandate getMandate() {
        return mandate;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
