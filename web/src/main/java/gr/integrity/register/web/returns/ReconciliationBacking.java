package gr.integrity.register.web.returns;

import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.returns.Discrepancy;
import gr.integrity.register.returns.LobbyingReconciliation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The auditors' reconciliation of a year's lobbying: each contact a lobbyist's return, an official's meeting
 * declaration or an institution's declaration reports and another does not, with both sides.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LobbyingReconciliation reconciliation;

    private Integer year;
    private List<Discrepancy> discrepancies;

    public void load() {
        discrepancies = reconciliation.ofYear(getYear());
    }

    public List<Discrepancy> getDiscrepancies() {
        return discrepancies;
    }

    public List<Integer> getYears() {
        return AnnualReturns.years();
    }

    public Integer getYear() {
        return year == null || !getYears().contains(year) ? AnnualReturns.defaultYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
