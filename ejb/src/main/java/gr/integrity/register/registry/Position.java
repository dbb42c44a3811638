package gr.integrity.register.registry;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.platform.persistence.BaseEntity;
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

/** A post in an institution, of one category of obliged persons. */
@Entity
@Table(name = "position")
public class Position extends BaseEntity {

    public static final int TITLE_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "title_el", nullable = false, length = TITLE_MAX)
    private String titleEl;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(name = "title_key", nullable = false, length = TITLE_MAX)
    private String titleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ObligedCategory category;

    /** Years of final declarations after leaving, where the post differs from its category (a mayor: 3). */
    @Column(name = "final_filing_years")
    private Integer finalFilingYears;

    protected Position() {
    }

    public Position(Institution institution, String titleEl, String titleEn, ObligedCategory category) {
        this.institution = institution;
        this.titleEl = titleEl;
        this.titleEn = titleEn;
        this.category = category;
    }

    @PrePersist
    @PreUpdate
    void refreshKey() {
        titleKey = TextKeys.fold(titleEl);
    }

    public String title(boolean english) {
        return english && titleEn != null && !titleEn.isBlank() ? titleEn : titleEl;
    }

    public Institution getInstitution() {
        return institution;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public String getTitleEl() {
        return titleEl;
    }

    public void setTitleEl(String titleEl) {
        this.titleEl = titleEl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public void setCategory(ObligedCategory category) {
        this.category = category;
    }

    public Integer getFinalFilingYears() {
        return finalFilingYears;
    }

    public void setFinalFilingYears(Integer finalFilingYears) {
        this.finalFilingYears = finalFilingYears;
    }
}
