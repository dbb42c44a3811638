package gr.integrity.register.web.lobbying;

import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.OrganisationPages;
import gr.integrity.register.lobbying.OrganisationProfile;
import gr.integrity.register.organisation.LobbyistView;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.publication.PublicDeclarant;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;

import java.util.List;

/**
 * An organisation's public page at {@code /organisation.xhtml?id=..}: who it is, the officials it met, its meetings
 * per month (a chart, with the table as its accessible form) and its latest meetings. The id of a record merged
 * into another leads to the one that stays; the id of one not yet confirmed leads to the published meetings that
 * name it.
 */
@Named
@RequestScoped
public class OrganisationPageBacking {

    static final int LATEST = 20;

    @EJB
    private OrganisationPages organisations;

    @EJB
    private MeetingSearch search;

    @EJB
    private OrganisationPeople people;

    private List<LobbyistView> lobbyists;
    private List<OrganisationChoice> clients;
    private List<PublicReturn> returns;

    @EJB
    private PublicDeclarationService publication;

    private Long id;
    private OrganisationProfile profile;
    private MeetingPage latest;

    public void load() {
        long current = organisations.current(Pages.required(id));
        if (!organisations.isPublic(current)) {
            // not yet checked by an ADMIN: no page of its own, but the published meetings that name it are public
            Pages.redirect("/meetings.xhtml", "organisation", current);
            return;
        }
        if (current != id) {
            Pages.redirect("/organisation.xhtml", "id", current);
            return;
        }
        profile = organisations.profile(current);
        latest = search.search(new MeetingFilter(null, null, current, null, null, null), null, LATEST);
        lobbyists = people.lobbyists(current);
        clients = people.clients(current);
        returns = publication.annualReturns(PublicDeclarant.Kind.ORGANISATION, current);
    }

    /** The organisation's annual returns of its influence activities. */
    public List<PublicReturn> getReturns() {
        return returns;
    }

    public List<OrganisationChoice> getClients() {
        return clients;
    }

    public List<LobbyistView> getLobbyists() {
        return lobbyists;
    }

    /** The Chart.js configuration of the meetings-per-month chart. */
    public String getChart() {
        BarData data = new BarData();
        BarDataset dataset = new BarDataset().setLabel(Pages.text("organisation.meetingsPerMonth"))
                .setBackgroundColor("#1f5fa8");
        profile.perMonth().forEach(m -> {
            data.addLabel(m.month().toString());
            dataset.addData(m.meetings());
        });
        data.addDataset(dataset);
        BarOptions options = new BarOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false)));
        return new BarChart(data, options).toJson();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationProfile getProfile() {
        return profile;
    }

    public MeetingPage getLatest() {
        return latest;
    }
}
