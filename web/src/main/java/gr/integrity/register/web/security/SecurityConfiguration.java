package gr.integrity.register.web.security;

import gr.integrity.register.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own page, checked by {@link RegisterIdentityStore} against the register's accounts.
 * A protected page sends an anonymous visitor to the sign-in page and back after signing in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.OFFICIAL, Roles.AUDITOR, Roles.ADMIN, Roles.LOBBYIST, Roles.LIAISON})
@ApplicationScoped
public class SecurityConfiguration {
}
