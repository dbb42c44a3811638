package gr.integrity.register.web.account;

import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.AccountToken;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;

/**
 * Setting a password through a one-time link: an invitation ({@code account/activate.xhtml}) or a reset
 * ({@code account/reset-password.xhtml}).
 */
@Named
@ViewScoped
public class ActivateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private String token;
    private boolean reset;
    private boolean usable;
    @NotBlank
    private String password;
    @NotBlank
    private String confirmation;

    public void load() {
        usable = accounts.isTokenUsable(token, reset ? AccountToken.Purpose.PASSWORD_RESET : AccountToken.Purpose.INVITATION);
    }

    public void save() {
        if (!password.equals(confirmation)) {
            Pages.error("password:confirmation", "account.passwordsDiffer");
            return;
        }
        Pages.attempt("password", () -> {
            if (reset) {
                accounts.resetPassword(token, password.toCharArray());
            } else {
                accounts.activate(token, password.toCharArray());
            }
            Pages.flashInfo("account.passwordSet");
            Pages.redirect("/login.xhtml");
        });
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isReset() {
        return reset;
    }

    public void setReset(boolean reset) {
        this.reset = reset;
    }

    public boolean isUsable() {
        return usable;
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
