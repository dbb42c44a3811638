package gr.integrity.register.organisation;

import gr.integrity.register.common.validation.PlainText;
import gr.integrity.register.registry.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation as an ADMIN enters or corrects it. */
public class OrganisationForm {

    @NotBlank
    @Size(max = Organisation.NAME_MAX)
    @PlainText
    private String nameEl;

    @Size(max = Organisation.NAME_MAX)
    @PlainText
    private String nameEn;

    @NotNull
    private OrganisationCategory category = OrganisationCategory.OTHER;

    @Size(max = 40)
    @Pattern(regexp = "[\\p{L}\\d./ -]*", message = "{register.validation.registrationNumber}")
    private String registrationNumber;

    @Size(max = 20)
    @Pattern(regexp = Organisation.EU_TRANSPARENCY_ID, message = "{register.validation.euTransparencyId}")
    private String euTransparencyId;

    @Size(max = 500)
    @PlainText
    private String address;

    @Size(max = 300)
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{register.validation.url}")
    private String website;

    @Size(max = 1000)
    @PlainText
    private String areasOfInterest;

    /** The version the ADMIN edited, to refuse a save over someone else's change. */
    private Integer version;

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.nameEl = organisation.getNameEl();
        form.nameEn = organisation.getNameEn();
        form.category = organisation.getCategory();
        form.registrationNumber = organisation.getRegistrationNumber();
        form.euTransparencyId = organisation.getEuTransparencyId();
        form.address = organisation.getAddress();
        form.website = organisation.getWebsite();
        form.areasOfInterest = organisation.getAreasOfInterest();
        form.version = organisation.getVersion();
        return form;
    }

    void applyTo(Organisation organisation) {
        organisation.setNameEl(nameEl);
        organisation.setNameEn(nameEn);
        organisation.setCategory(category);
        organisation.setRegistrationNumber(registrationNumber);
        organisation.setEuTransparencyId(euTransparencyId);
        organisation.setAddress(address);
        organisation.setWebsite(website);
        organisation.setAreasOfInterest(areasOfInterest);
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
        this.registrationNumber = Forms.clean(registrationNumber);
    }

    public String getEuTransparencyId() {
        return euTransparencyId;
    }

    public void setEuTransparencyId(String euTransparencyId) {
        this.euTransparencyId = Forms.clean(euTransparencyId);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Forms.clean(address);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Forms.clean(website);
    }

    public String getAreasOfInterest() {
        return areasOfInterest;
    }

    public void setAreasOfInterest(String areasOfInterest) {
        this.areasOfInterest = Forms.clean(areasOfInterest);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
