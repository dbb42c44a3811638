package gr.integrity.register.registry;

import gr.integrity.register.common.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A position as an ADMIN enters it. */
public class PositionForm {

    @NotNull
    private Long institutionId;

    @NotBlank
    @Size(max = Position.TITLE_MAX)
    @PlainText
    private String titleEl;

    @Size(max = Position.TITLE_MAX)
    @PlainText
    private String titleEn;

    @NotNull
    private ObligedCategory category;

    @Min(0)
    @Max(10)
    private Integer finalFilingYears;

    private Integer version;

    public static PositionForm of(Position position) {
        PositionForm form = new PositionForm();
        form.institutionId = position.getInstitution().getId();
        form.titleEl = position.getTitleEl();
        form.titleEn = position.getTitleEn();
        form.category = position.getCategory();
        form.finalFilingYears = position.getFinalFilingYears();
        form.version = position.getVersion();
        return form;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public String getTitleEl() {
        return titleEl;
    }

    public void setTitleEl(String titleEl) {
        this.titleEl = Forms.clean(titleEl);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = Forms.clean(titleEn);
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
