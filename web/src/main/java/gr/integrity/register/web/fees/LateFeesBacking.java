package gr.integrity.register.web.fees;

import gr.integrity.register.fees.LateFeeLine;
import gr.integrity.register.fees.LateFeeService;
import gr.integrity.register.fees.LateFeeTotals;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The auditors' list of a year's late filings and their fees, with the file for collection. */
@Named
@ViewScoped
public class LateFeesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LateFeeService fees;

    private Integer year;
    private LateFeeTotals totals;
    private ServiceLazyModel<LateFeeLine> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> fees.list(getYear(), page),
                line -> line.declarationId() + "/" + line.versionNo());
    }

    public LateFeeTotals getTotals() {
        if (totals == null) {
            totals = fees.totals(getYear());
        }
        return totals;
    }

    public ServiceLazyModel<LateFeeLine> getRows() {
        return rows;
    }

    /** The years an auditor can choose: this one and the ten before it. */
    public List<Integer> getYears() {
        int now = LocalDate.now(Obligation.ATHENS).getYear();
        return IntStream.rangeClosed(0, 10).mapToObj(i -> now - i).toList();
    }

    public Integer getYear() {
        return year == null || !getYears().contains(year) ? LocalDate.now(Obligation.ATHENS).getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
