package gr.integrity.register.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The tax number of an obliged person's spouse or partner or minor child, as the institution's list gives it.
 * Private: on no public surface, in no open-data file.
 */
@Entity
@Table(name = "person_relative")
public class PersonRelative {

    public enum Relation { SPOUSE, CHILD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Relation relation;

    @Column(name = "tax_number", nullable = false, length = 20, updatable = false)
    private String taxNumber;

    @Column(name = "batch_id", updatable = false)
    private Long batchId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PersonRelative() {
    }

    public PersonRelative(long personId, Relation relation, String taxNumber, Long batchId) {
        this.personId = personId;
        this.relation = relation;
        this.taxNumber = taxNumber;
        this.batchId = batchId;
        this.createdAt = Instant.now();
    }

    public Relation getRelation() {
        return relation;
    }

    public String getTaxNumber() {
        return taxNumber;
    }
}
