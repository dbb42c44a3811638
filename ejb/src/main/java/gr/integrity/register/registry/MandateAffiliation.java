package gr.integrity.register.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A party a member of parliament belonged to during part of one mandate. */
@Entity
@Table(name = "mandate_affiliation")
public class MandateAffiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Column(nullable = false, length = 200)
    private String party;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected MandateAffiliation() {
    }

    MandateAffiliation(Mandate mandate, String party, LocalDate startDate, LocalDate endDate) {
        this.mandate = mandate;
        this.party = party;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public String getParty() {
        return party;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
