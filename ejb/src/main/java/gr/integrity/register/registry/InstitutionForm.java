package gr.integrity.register.registry;

import gr.integrity.register.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An institution as an ADMIN enters it. */
public class InstitutionForm {

    @NotBlank
    @Size(max = Institution.NAME_MAX)
    @PlainText
    private String nameEl;

    @Size(max = Institution.NAME_MAX)
    @PlainText
    private String nameEn;

    @NotNull
    private InstitutionKind kind;

    @Size(max = 300)
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{register.validation.url}")
    private String website;

    /** The version the ADMIN edited, to refuse a save over someone else's change. */
    private Integer version;

    public static InstitutionForm of(Institution institution) {
        InstitutionForm form = new InstitutionForm();
        form.nameEl = institution.getNameEl();
        form.nameEn = institution.getNameEn();
        form.kind = institution.getKind();
        form.website = institution.getWebsite();
        form.version = institution.getVersion();
        return form;
    }

    public String getNameEl() {
        return nameEl;
    }

    public void setNameEl(String nameEl) {
        this.nameEl = Forms.clean(nameEl);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = Forms.clean(nameEn);
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Forms.clean(website);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
