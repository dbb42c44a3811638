package gr.integrity.register.organisation;

import jakarta.persistence.Column;
import gr.integrity.register.registry.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A person who lobbies for an organisation, with the public position they held before, if any. */
@Entity
@Table(name = "organisation_lobbyist")
public class OrganisationLobbyist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "past_position", length = 300)
    private String pastPosition;

    @Column(name = "position_ended")
    private LocalDate positionEnded;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    /** When an ADMIN checked the entry; null while it waits, and the public does not see it. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    /** The register's person an ADMIN said the lobbyist is (with {@link PersonDecision#CONFIRMED}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** An ADMIN's decision on matching the lobbyist to the register's persons; null: matched by name at each read. */
    @Enumerated(EnumType.STRING)
    @Column(name = "person_decision", length = 20)
    private PersonDecision personDecision;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected OrganisationLobbyist() {
    }

    public OrganisationLobbyist(Organisation organisation, String fullName, String pastPosition, LocalDate positionEnded,
                         String recordedBy) {
        this.organisation = organisation;
        this.fullName = fullName;
        this.pastPosition = pastPosition;
        this.positionEnded = positionEnded;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPastPosition() {
        return pastPosition;
    }

    public LocalDate getPositionEnded() {
        return positionEnded;
    }

    /** Whether an ADMIN has checked the entry (one an ADMIN made is checked when made). */
    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    void confirm(String by) {
        confirmedAt = Instant.now();
        confirmedBy = by;
    }

    /** An ADMIN says the lobbyist is this person of the register. */
    void decideIsPerson(Person person, String by) {
        this.person = person;
        decide(PersonDecision.CONFIRMED, by);
    }

    /** An ADMIN says none of the register's namesakes is the lobbyist. */
    void decideNoneOfTheNamesakes(String by) {
        this.person = null;
        decide(PersonDecision.REJECTED, by);
    }

    private void decide(PersonDecision decision, String by) {
        personDecision = decision;
        decidedBy = by;
        decidedAt = Instant.now();
    }

    public Person getPerson() {
        return person;
    }

    public PersonDecision getPersonDecision() {
        return personDecision;
    }

    /** Confirmed from the start by where it comes from (the demo register). */
    public void confirmFromSource(String source) {
        confirm(source);
    }
}
