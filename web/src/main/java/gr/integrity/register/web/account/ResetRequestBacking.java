package gr.integrity.register.web.account;

import gr.integrity.register.security.AccountService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asking for a password reset link. The answer is the same whether or not the address is known. */
@Named
@RequestScoped
public class ResetRequestBacking {

    @EJB
    private AccountService accounts;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    public void send() {
        accounts.requestPasswordReset(email, Pages.locale());
        Pages.flashInfo("account.resetSent");
        Pages.redirect("/login.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
