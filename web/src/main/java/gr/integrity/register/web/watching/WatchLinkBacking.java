package gr.integrity.register.web.watching;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.watching.Watches;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The links a watch's mails carry: {@code /watch.xhtml?confirm=..} starts it, {@code ?stop=..} ends it in one click
 * (no form, no sign-in), and either says what it was about.
 */
@Named
@RequestScoped
public class WatchLinkBacking {

    @EJB
    private Watches watches;

    private String confirm;
    private String stop;
    private String outcome;
    private String title;
    private String problem;

    public void load() {
        try {
            if (stop != null) {
                title = watches.unsubscribe(stop);
                outcome = "stopped";
            } else {
                title = watches.confirm(confirm);
                outcome = "confirmed";
            }
        } catch (BusinessException e) {
            problem = e.localizedMessage(Pages.locale());
        }
    }

    public String getOutcome() {
        return outcome;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public String getStop() {
        return stop;
    }

    public void setStop(String stop) {
        this.stop = stop;
    }
}
