package gr.integrity.register.web.security;

import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.SetupService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;

/** Creating the first administrator with the one-time setup link printed in the server log. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SetupService setup;

    private String token;
    private boolean usable;
    private final InvitationForm form = new InvitationForm();
    @NotBlank
    private String password;
    @NotBlank
    private String confirmation;

    public void load() {
        usable = setup.isSetupTokenUsable(token);
    }

    public void create() {
        if (!password.equals(confirmation)) {
            Pages.error("setup:confirmation", "account.passwordsDiffer");
            return;
        }
        Pages.attempt("setup", () -> {
            setup.createFirstAdministrator(token, form, password.toCharArray());
            Pages.flashInfo("setup.done");
            Pages.redirect("/login.xhtml");
        });
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public InvitationForm getForm() {
        return form;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
