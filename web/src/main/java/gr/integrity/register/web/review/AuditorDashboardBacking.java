package gr.integrity.register.web.review;

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

/**
 * The auditors' dashboard: filings by review state, flags by kind, late and missing filings by institution; each
 * chart with its table beside it (the table is what screen readers and keyboard users read).
 */
@Named
@RequestScoped
public class AuditorDashboardBacking {

    @EJB
    private OversightFigures figures;

    private final Map<String, Long> byState = new LinkedHashMap<>();
    private final Map<String, Long> flags = new LinkedHashMap<>();
    private Map<String, Long> late;
    private Map<String, Long> missing;

    @PostConstruct
    void load() {
        for (Map.Entry<ReviewState, Long> e : figures.byState().entrySet()) {
            byState.put(Pages.text("reviewState." + e.getKey()), e.getValue());
        }
        figures.flagsByCode().forEach((code, count) -> flags.put(Pages.text("flagName." + code), count));
        late = figures.lateByInstitution();
        missing = figures.missingByInstitution();
    }

    public String getStateChart() {
        return chart(byState, "#1f5fa8");
    }

    public String getFlagChart() {
        return chart(flags, "#a8321f");
    }

    public String getLateChart() {
        return chart(late, "#8a5a00");
    }

    public String getMissingChart() {
        return chart(missing, "#6b2d8a");
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

    public Map<String, Long> getByState() {
        return byState;
    }

    public Map<String, Long> getFlags() {
        return flags;
    }

    public Map<String, Long> getLate() {
        return late;
    }

    public Map<String, Long> getMissing() {
        return missing;
    }
}
