package gr.integrity.register.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The weight an ADMIN gives a red flag in the risk score (0 to 100; 0 switches it off). */
@Entity
@Table(name = "red_flag_rule")
public class FlagWeight {

    public static final int MAX = 100;

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private int weight;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected FlagWeight() {
    }

    void change(int weight, String by) {
        this.weight = weight;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public int getWeight() {
        return weight;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
