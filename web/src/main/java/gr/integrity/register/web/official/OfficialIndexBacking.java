package gr.integrity.register.web.official;

import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An official's start page: what they must file, and by when. */
@Named
@RequestScoped
public class OfficialIndexBacking {

    @EJB
    private ObligationService obligations;

    private List<Obligation> mine;

    @PostConstruct
    void load() {
        mine = obligations.mine();
    }

    public List<Obligation> getObligations() {
        return mine;
    }

    /** Days left until the deadline; negative once it has passed. */
    public long daysLeft(Obligation obligation) {
        return ChronoUnit.DAYS.between(LocalDate.now(Obligation.ATHENS), obligation.getDeadline());
    }
}
