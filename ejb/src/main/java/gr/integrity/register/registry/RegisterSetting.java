package gr.integrity.register.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A register-wide setting the law changes from year to year. */
@Entity
@Table(name = "register_setting")
public class RegisterSetting {

    @Id
    @Column(length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected RegisterSetting() {
    }

    public RegisterSetting(String name, String value, String updatedBy) {
        this.name = name;
        change(value, updatedBy);
    }

    public void change(String value, String updatedBy) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
