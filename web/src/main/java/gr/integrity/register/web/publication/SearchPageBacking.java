package gr.integrity.register.web.publication;

import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.publication.DirectoryFilter;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicInstitution;
import gr.integrity.register.publication.PublicOfficial;
import gr.integrity.register.publication.PublicOrganisation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /search.xhtml?q=...}: the home page's one search box, across officials, institutions, organisations and
 * meetings (words of a name or a subject, any case, with or without accents). Each kind shows its first matches,
 * with a way on to the full list.
 */
@Named
@RequestScoped
public class SearchPageBacking {

    static final int SHOWN = 20;
    static final int MAX_WORDS = 200;

    @EJB
    private PublicDirectory directory;

    @EJB
    private MeetingSearch meetings;

    private String q;
    private List<PublicOfficial> officials = List.of();
    private List<PublicInstitution> institutions = List.of();
    private List<PublicOrganisation> organisations = List.of();
    private List<PublicMeeting> meetingsFound = List.of();

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        q = q.strip().length() > MAX_WORDS ? q.strip().substring(0, MAX_WORDS) : q.strip();
        DirectoryFilter words = new DirectoryFilter(q, null, null, null, null, null, null, null);
        officials = directory.officials(words, null, SHOWN).items();
        institutions = directory.institutions(words, null, SHOWN).items();
        organisations = directory.organisations(words, null, SHOWN).items();
        meetingsFound = meetings.search(new MeetingFilter(null, null, null, q, null, null), null, SHOWN).items();
    }

    public boolean isNothingFound() {
        return officials.isEmpty() && institutions.isEmpty() && organisations.isEmpty() && meetingsFound.isEmpty();
    }

    public String getEncoded() {
        return q == null ? "" : URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<PublicOfficial> getOfficials() {
        return officials;
    }

    public List<PublicInstitution> getInstitutions() {
        return institutions;
    }

    public List<PublicOrganisation> getOrganisations() {
        return organisations;
    }

    public List<PublicMeeting> getMeetings() {
        return meetingsFound;
    }
}
