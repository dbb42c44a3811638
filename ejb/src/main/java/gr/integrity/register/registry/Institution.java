package gr.integrity.register.registry;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A ministry, parliament, region, municipality, court or other body in which obliged persons hold posts. */
@Entity
@Table(name = "institution")
public class Institution extends BaseEntity {

    public static final int NAME_MAX = 300;

    @Column(name = "name_el", nullable = false, length = NAME_MAX)
    private String nameEl;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InstitutionKind kind;

    @Column(length = 300)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RecordSource source = RecordSource.REGISTER;

    protected Institution() {
    }

    public Institution(String nameEl, String nameEn, InstitutionKind kind, RecordSource source) {
        this.nameEl = nameEl;
        this.nameEn = nameEn;
        this.kind = kind;
        this.source = source;
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
        this.website = website;
    }

    public RecordSource getSource() {
        return source;
    }
}
