package gr.integrity.register.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    /** Whether the cooling-off period after the past public position still runs on {@code today}. */
    public boolean isCoolingOff(LocalDate today, int months) {
        return positionEnded != null && positionEnded.plusMonths(months).isAfter(today);
    }

    /** The last day of the cooling-off period, or null without a past position. */
    public LocalDate coolingOffEnds(int months) {
        return positionEnded == null ? null : positionEnded.plusMonths(months);
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

    /** Confirmed from the start by where it comes from (the demo register). */
    public void confirmFromSource(String source) {
        confirm(source);
    }
}
