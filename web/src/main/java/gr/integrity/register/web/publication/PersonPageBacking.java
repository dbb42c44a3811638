package gr.integrity.register.web.publication;

import gr.integrity.register.common.Messages;
import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicPerson;
import gr.integrity.register.publication.YearFigures;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;

import java.math.BigDecimal;
import java.util.List;

/**
 * An official's public page at {@code /person.xhtml?id=..}: posts, every published declaration, the totals of
 * the asset declarations year by year, as a table and as a chart (the table is the accessible form of the chart),
 * and their latest meetings with interest representatives.
 */
@Named
@RequestScoped
public class PersonPageBacking {

    /** The totals compared year over year, in this order, with the colours of their bars. */
    static final int MEETINGS_SHOWN = 10;

    static final List<String> COMPARED = List.of("assets", "liabilities", "netAssets", "income");
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b3261e", "#2e7d32", "#8a5a00");

    @EJB
    private PublicDeclarationService publication;

    @EJB
    private MeetingSearch meetingSearch;

    private MeetingPage meetings;

    private Long id;
    private PublicPerson person;
    private List<PublicDeclaration> declarations;
    private List<YearFigures> years;

    public void load() {
        Pages.required(id);
        person = publication.person(id);
        declarations = publication.forPerson(id);
        years = publication.assetFigures(id);
        meetings = meetingSearch.search(new MeetingFilter(id, null, null, null, null, null), null, MEETINGS_SHOWN);
    }

    public MeetingPage getMeetings() {
        return meetings;
    }

    /** The change of a total from the year before, or null for the first year. */
    public BigDecimal change(YearFigures year, String figure) {
        int index = years.indexOf(year);
        return index <= 0 ? null : year.figure(figure).subtract(years.get(index - 1).figure(figure));
    }

    /** The Chart.js configuration of the year-over-year chart, built with the XDEV Chart.js model. */
    public String getChart() {
        BarData data = new BarData();
        years.forEach(y -> data.addLabel(String.valueOf(y.year())));
        for (int i = 0; i < COMPARED.size(); i++) {
            String figure = COMPARED.get(i);
            BarDataset dataset = new BarDataset().setLabel(Messages.text(Pages.locale(), "figure." + figure))
                    .setBackgroundColor(COLOURS.get(i));
            years.forEach(y -> dataset.addData(y.figure(figure)));
            data.addDataset(dataset);
        }
        BarOptions options = new BarOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(true).setPosition("bottom")));
        return new BarChart(data, options).toJson();
    }

    public List<String> getCompared() {
        return COMPARED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicPerson getPerson() {
        return person;
    }

    public List<PublicDeclaration> getDeclarations() {
        return declarations;
    }

    public List<YearFigures> getYears() {
        return years;
    }
}
