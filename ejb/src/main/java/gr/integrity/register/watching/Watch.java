package gr.integrity.register.watching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One address following one thing, with the secret its links carry. The address is on no public surface and in no
 * file; only the outbox, which sends it its mail, holds it beside this table.
 */
@Entity
@Table(name = "watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 5, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private WatchKind kind;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "search_words", length = 200, updatable = false)
    private String searchWords;

    @Column(nullable = false, length = 43, updatable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WatchState state = WatchState.PENDING;

    @Column(name = "requester_key", nullable = false, length = 64, updatable = false)
    private String requesterKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "covered_until")
    private Instant coveredUntil;

    protected Watch() {
    }

    Watch(String email, String language, WatchKind kind, Long personId, Long organisationId, String searchWords,
          String token, String requesterKey) {
        this.email = email;
        this.language = language;
        this.kind = kind;
        this.personId = personId;
        this.organisationId = organisationId;
        this.searchWords = searchWords;
        this.token = token;
        this.requesterKey = requesterKey;
        this.createdAt = Instant.now();
    }

    void confirm(Instant coveredUntil) {
        state = WatchState.ACTIVE;
        confirmedAt = Instant.now();
        this.coveredUntil = coveredUntil;
    }

    void end(Instant now) {
        state = WatchState.ENDED;
        endedAt = now;
    }

    void covered(Instant until) {
        coveredUntil = until;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public WatchKind getKind() {
        return kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getSearchWords() {
        return searchWords;
    }

    public String getToken() {
        return token;
    }

    public WatchState getState() {
        return state;
    }

    public Instant getCoveredUntil() {
        return coveredUntil;
    }
}
