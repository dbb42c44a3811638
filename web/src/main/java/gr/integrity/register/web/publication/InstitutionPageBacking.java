package gr.integrity.register.web.publication;

import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.publication.DirectoryFilter;
import gr.integrity.register.publication.DirectoryPage;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicInstitution;
import gr.integrity.register.publication.PublicOfficial;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.publication.PublicDeclarant;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * An institution's public page at {@code /institution.xhtml?id=..}: its officials with their posts there (the
 * first page, the rest through the API), and its latest meetings with interest representatives.
 */
@Named
@RequestScoped
public class InstitutionPageBacking {

    static final int OFFICIALS_SHOWN = 200;
    static final int MEETINGS_SHOWN = 10;

    @EJB
    private PublicDirectory directory;

    @EJB
    private MeetingSearch meetingSearch;

    private Long id;
    private PublicInstitution institution;
    private DirectoryPage<PublicOfficial> officials;
    private MeetingPage meetings;
    private List<PublicReturn> returns;

    @EJB
    private PublicDeclarationService publication;

    public void load() {
        long institutionId = Pages.required(id);
        institution = directory.institution(institutionId);
        officials = directory.officials(new DirectoryFilter(null, institutionId, null, null, null, null, null, null), null,
                OFFICIALS_SHOWN);
        meetings = meetingSearch.search(new MeetingFilter(null, institutionId, null, null, null, null), null,
                MEETINGS_SHOWN);
        returns = publication.annualReturns(PublicDeclarant.Kind.INSTITUTION, institutionId);
    }

    /** The institution's annual declarations of the lobbying it received. */
    public List<PublicReturn> getReturns() {
        return returns;
    }

    /** The official's post in this institution (the latest, if several). */
    public PublicOfficial.Post postHere(PublicOfficial official) {
        return official.posts().stream().filter(p -> p.institutionId() == id).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicInstitution getInstitution() {
        return institution;
    }

    public DirectoryPage<PublicOfficial> getOfficials() {
        return officials;
    }

    public MeetingPage getMeetings() {
        return meetings;
    }
}
