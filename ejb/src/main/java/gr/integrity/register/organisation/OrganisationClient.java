package gr.integrity.register.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A client a consultancy or law firm lobbies for: both are records of the organisations register. */
@Entity
@Table(name = "organisation_client")
public class OrganisationClient {

    /** The pair (organisation, client): a client is named once per organisation. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "organisation_id")
        private Long organisationId;

        @Column(name = "client_id")
        private Long clientId;

        protected Key() {
        }

        Key(Long organisationId, Long clientId) {
            this.organisationId = organisationId;
            this.clientId = clientId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationId, key.organisationId)
                    && Objects.equals(clientId, key.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, clientId);
        }
    }

    @EmbeddedId
    private Key key;

    @MapsId("organisationId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @MapsId("clientId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Organisation client;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    /** When an ADMIN checked the entry; null while it waits, and the public does not see it. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    protected OrganisationClient() {
    }

    public OrganisationClient(Organisation organisation, Organisation client, String recordedBy) {
        this.key = new Key(organisation.getId(), client.getId());
        this.organisation = organisation;
        this.client = client;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Organisation getClient() {
        return client;
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
