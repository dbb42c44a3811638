package gr.integrity.register.organisation;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.platform.persistence.BaseEntity;
import gr.integrity.register.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An organisation the register names: a company, association, lobbyist, NGO or public body. Its Greek name is the
 * one it is matched by; its English name is shown on English pages where there is one.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    public static final int NAME_MAX = 300;
    /** The EU Transparency Register's identifier: 8 to 12 digits, a hyphen and 2 check digits. */
    public static final String EU_TRANSPARENCY_ID = "\\d{8,12}-\\d{2}";

    @Column(name = "name_el", nullable = false, length = NAME_MAX)
    private String nameEl;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationCategory category = OrganisationCategory.OTHER;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Column(name = "eu_transparency_id", length = 20)
    private String euTransparencyId;

    @Column(length = 500)
    private String address;

    @Column(length = 300)
    private String website;

    @Column(name = "areas_of_interest", length = 1000)
    private String areasOfInterest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "survivor_id")
    private Organisation mergedInto;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** The LOBBYIST account that registered the organisation and keeps its entry; none for other records. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_id")
    private Account representative;

    /** A change the representative proposed to the confirmed entry, as the form's JSON, until an ADMIN decides. */
    @Column(name = "proposed_change", columnDefinition = "TEXT")
    private String proposedChange;

    @Column(name = "proposed_change_at")
    private Instant proposedChangeAt;

    protected Organisation() {
    }

    public Organisation(String nameEl, OrganisationStatus status, String proposedBy) {
        this.nameEl = nameEl;
        this.status = status;
        this.proposedBy = proposedBy;
    }

    @PrePersist
    @PreUpdate
    void refreshKey() {
        nameKey = TextKeys.fold(nameEl);
    }

    /** The English name where there is one, else the Greek. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameEl;
    }

    void confirm(String by) {
        status = OrganisationStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = Instant.now();
    }

    /**
     * Confirmed from the start by where it comes from: the demo register, or an official register that identifies
     * it (the EU Transparency Register ID of the Commission's export).
     */
    public void confirmFromSource(String source) {
        confirm(source);
    }

    void mergeInto(Organisation survivor) {
        status = OrganisationStatus.MERGED;
        mergedInto = survivor;
    }

    /** Merges are followed at most this far: a longer chain is a defect, not data. */
    private static final int MAX_MERGE_DEPTH = 20;

    /** The record that answers for this one: itself, or the one it was merged into (however many merges ago). */
    public Organisation survivor() {
        Organisation current = this;
        for (int depth = 0; current.isMerged() && depth < MAX_MERGE_DEPTH; depth++) {
            current = current.mergedInto;
        }
        return current;
    }

    /** Whether the account is the one that represents this organisation in the register. */
    public boolean isRepresentedBy(Account account) {
        return representative != null && account != null && representative.getId().equals(account.getId());
    }

    public void representedBy(Account account) {
        this.representative = account;
    }

    void propose(String change) {
        this.proposedChange = change;
        this.proposedChangeAt = change == null ? null : Instant.now();
    }

    public String getProposedChange() {
        return proposedChange;
    }

    public Instant getProposedChangeAt() {
        return proposedChangeAt;
    }

    public boolean isMerged() {
        return status == OrganisationStatus.MERGED;
    }

    public String getNameEl() {
        return nameEl;
    }

    public void setNameEl(String nameEl) {
        this.nameEl = nameEl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameKey() {
        return nameKey;
    }

    public OrganisationCategory getCategory() {
        return category;
    }

    public void setCategory(OrganisationCategory category) {
        this.category = category;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getEuTransparencyId() {
        return euTransparencyId;
    }

    public void setEuTransparencyId(String euTransparencyId) {
        this.euTransparencyId = euTransparencyId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAreasOfInterest() {
        return areasOfInterest;
    }

    public void setAreasOfInterest(String areasOfInterest) {
        this.areasOfInterest = areasOfInterest;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public Organisation getMergedInto() {
        return mergedInto;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
