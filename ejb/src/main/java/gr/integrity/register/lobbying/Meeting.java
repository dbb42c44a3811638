package gr.integrity.register.lobbying;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.Transliteration;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.RecordSource;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting between officials and interest representatives, as the public sees it: when, where, about what, who
 * was present and which organisations were met. An imported meeting keeps its source, licence and import batch.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    /**
     * An official present, with the title the source gives them at the time, and the declaration by which they
     * declared the meeting here (none for an imported meeting).
     */
    @Embeddable
    public record Official(@Column(name = "person_id", nullable = false) Long personId,
                           @Column(length = 300) String title,
                           @Column(name = "declaration_id") Long declarationId) {

        public Official(Long personId, String title) {
            this(personId, title, null);
        }
    }

    /** An organisation met, with its name as the source wrote it. */
    @Embeddable
    public record OrganisationMet(@Column(name = "organisation_id", nullable = false) Long organisationId,
                                  @Column(name = "name_given", nullable = false, length = 300) String nameGiven) {
    }

    /**
     * A policy area the meeting was about. The key is the name folded (accents, case and spacing ignored), so that
     * the same area written two ways is one area to search by; the name is shown as it was written.
     */
    @Embeddable
    public record PolicyArea(@Column(name = "area_key", nullable = false, length = 200) String key,
                             @Column(nullable = false, length = 200) String name) {

        static final int MAX_LENGTH = 200;

        /** One area, or none for an empty name or the "null" the Commission's export writes for a missing one. */
        public static Optional<PolicyArea> one(String name) {
            String shown = name == null ? "" : name.strip().replaceAll("\\s+", " ");
            if (shown.length() > MAX_LENGTH) {
                shown = shown.substring(0, MAX_LENGTH).strip();
            }
            String key = TextKeys.fold(shown);
            return key.isEmpty() || key.equals("null") ? Optional.empty() : Optional.of(new PolicyArea(key, shown));
        }

        /** The areas a filer listed in one field, separated by commas or semicolons; each area once. */
        public static Set<PolicyArea> named(String list) {
            Map<String, PolicyArea> areas = new LinkedHashMap<>();
            if (list != null) {
                for (String part : list.split("[,;]")) {
                    one(part).ifPresent(area -> areas.putIfAbsent(area.key(), area));
                }
            }
            return new LinkedHashSet<>(areas.values());
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(length = 300)
    private String location;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String subject;

    @Column(name = "subject_key", nullable = false, columnDefinition = "TEXT")
    private String subjectKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "declaration_id")
    private Long declarationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RecordSource source;

    @Column(length = 200)
    private String licence;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Column(name = "source_key", length = 64)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "meeting_official", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Official> officials = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_organisation", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<OrganisationMet> organisations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_policy_area", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<PolicyArea> policyAreas = new LinkedHashSet<>();

    protected Meeting() {
    }

    public Meeting(LocalDate date, String location, String subject, Institution institution, RecordSource source) {
        this.date = date;
        this.location = location;
        this.subject = subject;
        this.subjectKey = subjectKey(subject);
        this.institution = institution;
        this.source = source;
        this.createdAt = Instant.now();
    }

    /** An imported meeting: where it came from, so that every surface can say so, and its key there. */
    public void importedFrom(String licence, long batchId, String sourceKey) {
        this.licence = licence;
        this.importBatchId = batchId;
        this.sourceKey = sourceKey;
    }

    /** The meeting declaration that recorded it. */
    public void declaredBy(long declarationId) {
        this.declarationId = declarationId;
    }

    /** What its declarations now say (after an amendment or a withholding), and which of them makes the record. */
    void revise(long madeBy, LocalDate date, String location, String subject, Institution institution) {
        this.declarationId = madeBy;
        this.date = date;
        this.location = location;
        this.subject = subject;
        this.subjectKey = subjectKey(subject);
        this.institution = institution;
    }

    /** The policy areas it was about, as its sources now name them. */
    public void aboutPolicyAreas(Set<PolicyArea> areas) {
        policyAreas.clear();
        policyAreas.addAll(areas);
    }

    /** The subject folded and, for Greek, also in Latin letters: a search typed in either script finds it. */
    public static String subjectKey(String subject) {
        String folded = TextKeys.fold(subject);
        String latin = TextKeys.fold(Transliteration.toLatin(subject));
        return latin.equals(folded) ? folded : folded + "\n" + latin;
    }

    public boolean isImported() {
        return importBatchId != null;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLocation() {
        return location;
    }

    public String getSubject() {
        return subject;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public RecordSource getSource() {
        return source;
    }

    public String getLicence() {
        return licence;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Official> getOfficials() {
        return officials;
    }

    public Set<OrganisationMet> getOrganisations() {
        return organisations;
    }

    public Set<PolicyArea> getPolicyAreas() {
        return policyAreas;
    }
}
