package gr.integrity.register.web.watching;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.watching.WatchSubject;
import gr.integrity.register.watching.Watches;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Following an official, an organisation or a meeting search by e-mail ({@code /follow.xhtml?official=..},
 * {@code ?organisation=..}, {@code ?q=..}). Whatever the address, the page answers the same: a link was sent to it.
 */
@Named
@ViewScoped
public class FollowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Watches watches;

    private Long official;
    private Long organisation;
    private String q;
    private WatchSubject subject;
    private String title;
    private String email;
    private boolean asked;

    /** The subject as the address names it; anything the public does not see answers 404. */
    public void load() {
        if (subject != null) {
            return;
        }
        if (official != null) {
            subject = WatchSubject.official(official);
        } else if (organisation != null) {
            subject = WatchSubject.organisation(organisation);
        } else if (q != null && !q.isBlank()) {
            subject = WatchSubject.search(q);
        } else {
            throw new NotFoundException("Watch", "subject");
        }
        try {
            title = watches.title(subject, Pages.locale());
        } catch (InvalidInputException e) {
            // search words that no search takes: said on the page, which cannot then be sent
            title = "";
            Pages.refused(e, null);
        }
    }

    public void follow() {
        asked = Pages.attempt("follow", () -> watches.follow(subject, email, Pages.locale()));
    }

    public String getTitle() {
        return title;
    }

    public boolean isAsked() {
        return asked;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOfficial() {
        return official;
    }

    public void setOfficial(Long official) {
        this.official = official;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
