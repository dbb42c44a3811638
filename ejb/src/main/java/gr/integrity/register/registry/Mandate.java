package gr.integrity.register.registry;

import gr.integrity.register.platform.persistence.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person holds a position from a date, until a date or still. */
@Entity
@Table(name = "mandate")
public class Mandate extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 200)
    private String constituency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RecordSource source = RecordSource.REGISTER;

    @OneToMany(mappedBy = "mandate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<MandateAffiliation> affiliations = new ArrayList<>();

    protected Mandate() {
    }

    public Mandate(Person person, Position position, LocalDate startDate, LocalDate endDate, RecordSource source) {
        this.person = person;
        this.position = position;
        this.startDate = startDate;
        this.endDate = endDate;
        this.source = source;
    }

    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate end = endDate == null ? LocalDate.MAX : endDate;
        LocalDate otherEnd = to == null ? LocalDate.MAX : to;
        return !startDate.isAfter(otherEnd) && !from.isAfter(end);
    }

    public void addAffiliation(String party, LocalDate from, LocalDate to) {
        affiliations.add(new MandateAffiliation(this, party, from, to));
    }

    public Person getPerson() {
        return person;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getConstituency() {
        return constituency;
    }

    public void setConstituency(String constituency) {
        this.constituency = constituency;
    }

    public RecordSource getSource() {
        return source;
    }

    public List<MandateAffiliation> getAffiliations() {
        return affiliations;
    }
}
