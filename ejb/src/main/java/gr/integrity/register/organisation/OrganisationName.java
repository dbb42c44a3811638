package gr.integrity.register.organisation;

import gr.integrity.register.common.TextKeys;
import jakarta.persistence.Column;
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

/** Another name an organisation is known by: a former name, or the name of a record merged into it. */
@Entity
@Table(name = "organisation_name")
public class OrganisationName {

    public enum Kind { FORMER, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = Organisation.NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = Organisation.NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "merged_id")
    private Long mergedId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrganisationName() {
    }

    OrganisationName(Organisation organisation, String name, Kind kind, Long mergedId) {
        this.organisation = organisation;
        this.name = name;
        this.nameKey = TextKeys.fold(name);
        this.kind = kind;
        this.mergedId = mergedId;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getMergedId() {
        return mergedId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
