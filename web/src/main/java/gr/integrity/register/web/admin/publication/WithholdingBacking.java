package gr.integrity.register.web.admin.publication;

import gr.integrity.register.publication.PublicationWithholding;
import gr.integrity.register.publication.WithholdingService;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** ADMIN withholds a published version from the public, by its receipt number, with a reason. */
@Named
@ViewScoped
public class WithholdingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WithholdingService withholdings;

    private String receipt;
    private String reason;
    private List<PublicationWithholding> all;

    @PostConstruct
    void load() {
        all = withholdings.all();
    }

    public void withhold() {
        Pages.attempt("withhold", () -> {
            PublicationWithholding done = withholdings.withhold(receipt, reason);
            Pages.flashInfo("withholding.done", done.getVersion().getReceiptNumber());
            Pages.redirect("/admin/publication/withholdings.xhtml");
        });
    }

    public List<PublicationWithholding> getAll() {
        return all;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
