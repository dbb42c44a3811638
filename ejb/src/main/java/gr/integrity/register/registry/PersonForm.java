package gr.integrity.register.registry;

import gr.integrity.register.common.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A person as an ADMIN enters them. The tax number, birth date and contact data are private. */
public class PersonForm {

    /** Letters (any script), spaces, hyphens, apostrophes and dots: what names are made of. */
    static final String NAME_PATTERN = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*";

    @NotBlank
    @Size(max = Person.NAME_MAX)
    @Pattern(regexp = NAME_PATTERN, message = "{register.validation.name}")
    private String givenName;

    @NotBlank
    @Size(max = Person.NAME_MAX)
    @Pattern(regexp = NAME_PATTERN, message = "{register.validation.name}")
    private String familyName;

    @Size(max = Person.NAME_MAX)
    @Pattern(regexp = NAME_PATTERN, message = "{register.validation.name}")
    private String fatherName;

    @Size(max = Person.NAME_MAX)
    @Pattern(regexp = NAME_PATTERN, message = "{register.validation.name}")
    private String givenNameEn;

    @Size(max = Person.NAME_MAX)
    @Pattern(regexp = NAME_PATTERN, message = "{register.validation.name}")
    private String familyNameEn;

    @Pattern(regexp = "FEMALE|MALE|OTHER")
    private String gender;

    @Past
    private LocalDate birthDate;

    @Pattern(regexp = "\\d{9}", message = "{register.validation.taxNumber}")
    private String taxNumber;

    @Size(max = 254)
    @Email
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{register.validation.phone}")
    @PlainText
    private String phone;

    private Integer version;

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.givenName = person.getGivenName();
        form.familyName = person.getFamilyName();
        form.fatherName = person.getFatherName();
        form.givenNameEn = person.getGivenNameEn();
        form.familyNameEn = person.getFamilyNameEn();
        form.gender = person.getGender();
        form.birthDate = person.getBirthDate();
        form.taxNumber = person.getTaxNumber();
        form.email = person.getEmail();
        form.phone = person.getPhone();
        form.version = person.getVersion();
        return form;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = Forms.clean(givenName);
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = Forms.clean(familyName);
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = Forms.clean(fatherName);
    }

    public String getGivenNameEn() {
        return givenNameEn;
    }

    public void setGivenNameEn(String givenNameEn) {
        this.givenNameEn = Forms.clean(givenNameEn);
    }

    public String getFamilyNameEn() {
        return familyNameEn;
    }

    public void setFamilyNameEn(String familyNameEn) {
        this.familyNameEn = Forms.clean(familyNameEn);
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = Forms.clean(gender);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = Forms.clean(taxNumber);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Forms.clean(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Forms.clean(phone);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
