package gr.integrity.register.registry;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.Transliteration;
import gr.integrity.register.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A natural person: an official, a family member declared alongside one, or a lobbyist. Names are kept in Greek
 * with their Latin form (transliterated after ELOT 743 unless given). Date of birth, tax number and contact data
 * are private: they never reach a public page, PDF, API or file.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    public static final int NAME_MAX = 100;

    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @Column(name = "father_name", length = NAME_MAX)
    private String fatherName;

    @Column(name = "given_name_en", nullable = false, length = NAME_MAX)
    private String givenNameEn;

    @Column(name = "family_name_en", nullable = false, length = NAME_MAX)
    private String familyNameEn;

    @Column(name = "search_key", nullable = false, length = 500)
    private String searchKey;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(length = 10)
    private String gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "tax_number", unique = true, length = 20)
    private String taxNumber;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RecordSource source = RecordSource.REGISTER;

    protected Person() {
    }

    public Person(String givenName, String familyName, RecordSource source) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.source = source;
    }

    @PrePersist
    @PreUpdate
    void refreshKeys() {
        if (givenNameEn == null || givenNameEn.isBlank()) {
            givenNameEn = Transliteration.toLatin(givenName);
        }
        if (familyNameEn == null || familyNameEn.isBlank()) {
            familyNameEn = Transliteration.toLatin(familyName);
        }
        nameKey = nameKey(givenName, familyName);
        searchKey = searchKey(givenName, familyName, givenNameEn, familyNameEn);
    }

    /** The folded Greek and Latin names, for search by any part in either script. */
    public static String searchKey(String givenName, String familyName, String givenNameEn, String familyNameEn) {
        String search = TextKeys.fold(givenName + " " + familyName + " " + givenNameEn + " " + familyNameEn);
        return search.length() > 500 ? search.substring(0, 500) : search;
    }

    /** The folded, sorted words of the given and family names: the same whichever order a file writes them in. */
    public static String nameKey(String givenName, String familyName) {
        String key = TextKeys.sortedWordsKey(givenName + " " + familyName);
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public String fullName(boolean english) {
        return english ? givenNameEn + " " + familyNameEn : fullName();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

    public String getGivenNameEn() {
        return givenNameEn;
    }

    public void setGivenNameEn(String givenNameEn) {
        this.givenNameEn = givenNameEn;
    }

    public String getFamilyNameEn() {
        return familyNameEn;
    }

    public void setFamilyNameEn(String familyNameEn) {
        this.familyNameEn = familyNameEn;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
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
        this.taxNumber = taxNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public RecordSource getSource() {
        return source;
    }
}
