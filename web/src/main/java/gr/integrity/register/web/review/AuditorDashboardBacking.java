package gr.integrity.register.web.review;

import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.returns.LobbyingReconciliation;
import gr.integrity.register.review.OversightFigures;
import gr.integrity.register.review.ReviewState;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The auditors' dashboard: filings by review state, flags by kind, late and missing filings by institution, and
 * last year's lobbying discrepancies by kind; each chart with its table beside it (the table is what screen readers
 * and keyboard users read).
 */
@Named
@RequestScoped
public class AuditorDashboardBacking {

    private static final Map<String, String> COLOURS = Map.of("state", "#1f5fa8", "flags", "#a8321f",
            "late", "#8a5a00", "missing", "#6b2d8a", "reconciled", "#1f6b4a");

    @EJB
    private OversightFigures figures;

    @EJB
    private LobbyingReconciliation reconciliation;

    private final Map<String, Long> byState = new LinkedHashMap<>();
    private final Map<String, Long> flags = new LinkedHashMap<>();
    private Map<String, Long> late;
    private Map<String, Long> missing;
    private final Map<String, Long> reconciled = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        for (Map.Entry<ReviewState, Long> e : figures.byState().entrySet()) {
            byState.put(Pages.text("reviewState." + e.getKey()), e.getValue());
        }
        figures.flagsByCode().forEach((code, count) -> flags.put(Pages.text("flagName." + code), count));
        late = figures.lateByInstitution();
        missing = figures.missingByInstitution();
        Map<String, Long> byCode = new TreeMap<>();
        reconciliation.ofYear(getReconciledYear()).forEach(d -> byCode.merge(d.code(), 1L, Long::sum));
        byCode.forEach((code, count) -> reconciled.put(Pages.text("reconciliation.code." + code), count));
    }

    /** The chart of the card named (its counts, in the card's colour), as Chart.js reads it. */
    public String chartOf(String card) {
        return chart(countsOf(card), COLOURS.get(card));
    }

    /** The counts of the card named: {@code state}, {@code flags}, {@code late}, {@code missing}, {@code reconciled}. */
    public Map<String, Long> countsOf(String card) {
        return switch (card) {
            case "state" -> byState;
            case "flags" -> flags;
            case "late" -> late;
            case "missing" -> missing;
            case "reconciled" -> reconciled;
            default -> throw new IllegalArgumentException(card);
        };
    }

    /** The year whose lobbying the reconciliation card counts: the last one annual returns are filed for. */
    public int getReconciledYear() {
        return AnnualReturns.defaultYear();
    }

    private static String chart(Map<String, Long> counts, String colour) {
        BarData data = new BarData();
        BarDataset dataset = new BarDataset().setBackgroundColor(colour);
        counts.forEach((label, count) -> {
            data.addLabel(label);
            dataset.addData(count);
        });
        data.addDataset(dataset);
        BarOptions options = new BarOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false)));
        return new BarChart(data, options).toJson();
    }
}
