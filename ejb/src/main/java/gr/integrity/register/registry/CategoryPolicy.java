package gr.integrity.register.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * How one category of obliged persons files and what of it the public sees. Greek law publishes political persons'
 * asset declarations; a judge's or a police officer's is filed and audited but not published.
 */
@Entity
@Table(name = "category_policy")
public class CategoryPolicy {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ObligedCategory category;

    @Column(name = "initial_days", nullable = false)
    private int initialDays;

    @Column(name = "final_years", nullable = false)
    private int finalYears;

    @Column(name = "interest_required", nullable = false)
    private boolean interestRequired;

    @Column(name = "assets_published", nullable = false)
    private boolean assetsPublished;

    @Column(name = "interests_published", nullable = false)
    private boolean interestsPublished;

    /** late-filing fees by band of days late ({@link gr.integrity.register.fees.LateFeeBands}) */
    @Column(name = "late_fee_bands", nullable = false, length = 200)
    private String lateFeeBands = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected CategoryPolicy() {
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public int getInitialDays() {
        return initialDays;
    }

    public void setInitialDays(int initialDays) {
        this.initialDays = initialDays;
    }

    public int getFinalYears() {
        return finalYears;
    }

    public void setFinalYears(int finalYears) {
        this.finalYears = finalYears;
    }

    public boolean isInterestRequired() {
        return interestRequired;
    }

    public void setInterestRequired(boolean interestRequired) {
        this.interestRequired = interestRequired;
    }

    public boolean isAssetsPublished() {
        return assetsPublished;
    }

    public void setAssetsPublished(boolean assetsPublished) {
        this.assetsPublished = assetsPublished;
    }

    public boolean isInterestsPublished() {
        return interestsPublished;
    }

    public void setInterestsPublished(boolean interestsPublished) {
        this.interestsPublished = interestsPublished;
    }

    public String getLateFeeBands() {
        return lateFeeBands;
    }

    public void setLateFeeBands(String lateFeeBands) {
        this.lateFeeBands = lateFeeBands;
    }

    public int getVersion() {
        return version;
    }
}
