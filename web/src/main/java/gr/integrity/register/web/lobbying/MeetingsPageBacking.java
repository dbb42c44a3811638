package gr.integrity.register.web.lobbying;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;

/**
 * The public meeting search at {@code /meetings.xhtml}: every filter is in the address, so a search is a link
 * anyone can bookmark or share, and its pages follow a cursor ({@code after}).
 */
@Named
@RequestScoped
public class MeetingsPageBacking {

    static final int PAGE_SIZE = 50;

    @EJB
    private MeetingSearch search;

    private MeetingQuery query;
    private String after;
    private MeetingPage page;
    private String problem;

    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = MeetingQuery.from(parameters::get);
        after = parameters.get("after");
        try {
            page = search.search(query.filter(), after, PAGE_SIZE);
        } catch (BusinessException e) {
            // a bad value typed in the form: said on the page, with the search form still filled in
            problem = e.localizedMessage(Pages.locale());
            page = new MeetingPage(java.util.List.of(), null);
        }
    }

    public java.util.List<MeetingSearch.InstitutionChoice> getInstitutions() {
        return search.institutions();
    }

    public java.util.List<MeetingSearch.PolicyAreaChoice> getPolicyAreas() {
        return search.policyAreas();
    }

    public MeetingQuery getQuery() {
        return query;
    }

    public MeetingPage getPage() {
        return page;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isFirstPage() {
        return after == null || after.isBlank();
    }

    public String getNextLink() {
        String filters = query.queryString();
        return "/meetings.xhtml?" + (filters.isEmpty() ? "" : filters + "&") + "after=" + page.next();
    }

    public String getFirstLink() {
        String filters = query.queryString();
        return "/meetings.xhtml" + (filters.isEmpty() ? "" : "?" + filters);
    }

    public String download(String format) {
        String filters = query.queryString();
        return "/meetings/export?format=" + format + (filters.isEmpty() ? "" : "&" + filters);
    }
}
