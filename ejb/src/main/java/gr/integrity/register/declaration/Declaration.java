package gr.integrity.register.declaration;

import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.platform.persistence.BaseEntity;
import gr.integrity.register.registry.Institution;
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
import java.time.LocalDate;

/**
 * One filing of a type by a declarant (a person, or for an annual lobbying return an organisation or an institution)
 * for a period (or, for meetings, an event). Its content lives in its draft and
 * its submitted versions; this row only says whose it is, what for, and how far it has come.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", nullable = false, length = 20)
    private DeclarationType type;

    /** The declarant, one of three: a person (an official), an organisation (an interest representative's
     *  annual return) or an institution (its annual declaration of lobbying received). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

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

    /**
     * An annual lobbying return: an organisation's (its influence activities) or an institution's (lobbying
     * received), due on the day given (the register's setting when the return is opened; see
     * {@link gr.integrity.register.registry.RegistrySettings#annualReturnDeadline}).
     */
    public static Declaration annualReturn(DeclarationType type, Organisation organisation, Institution institution,
                                           int periodYear, LocalDate deadline) {
        Declaration declaration = new Declaration(type, null, null, periodYear);
        declaration.organisation = organisation;
        declaration.institution = institution;
        declaration.dueAt = Obligation.endOfDay(deadline);
        return declaration;
    }

    /** The day an annual return is due (Athens time), as set when it was opened; none for other declarations. */
    public LocalDate returnDeadline() {
        // due at the end of the day, which is the next day's first instant
        return type.isAnnualReturn() && dueAt != null
                ? dueAt.atZone(Obligation.ATHENS).toLocalDate().minusDays(1) : null;
    }

    /** A version was submitted at that time; a type declared per event says from its content when it was due. */
    void submitted(int versionNo, Instant at, Instant due) {
        latestVersionNo = versionNo;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        // an annual return was due at the end of May, whatever its content says
        if (obligation == null && !type.isAnnualReturn()) {
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

    public Organisation getOrganisation() {
        return organisation;
    }

    public Institution getInstitution() {
        return institution;
    }

    /** The declarant's name as its pages and receipts show it. */
    public String declarantName() {
        if (person != null) {
            return person.fullName();
        }
        return organisation != null ? organisation.name(false) : institution.name(false);
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
