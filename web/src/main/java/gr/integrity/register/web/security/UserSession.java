package gr.integrity.register.web.security;

import gr.integrity.register.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** Who is signed in, for the navigation (signing out is {@link SignOutServlet}). */
@Named("user")
@RequestScoped
public class UserSession {

    @Inject
    private SecurityContext securityContext;

    /** The servlet request knows no principal for an anonymous visitor (the security context names one "anonymous"). */
    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Roles.ADMIN);
    }

    public boolean isAuditor() {
        return securityContext.isCallerInRole(Roles.AUDITOR);
    }

    public boolean isOfficial() {
        return securityContext.isCallerInRole(Roles.OFFICIAL);
    }

    public boolean isLobbyist() {
        return securityContext.isCallerInRole(Roles.LOBBYIST);
    }

    public boolean isLiaison() {
        return securityContext.isCallerInRole(Roles.LIAISON);
    }

    /** Where a user lands after signing in: the first page of their role. */
    public String getHome() {
        if (isAdmin()) {
            return "/admin/index.xhtml";
        }
        if (isAuditor()) {
            return "/auditor/index.xhtml";
        }
        if (isOfficial()) {
            return "/official/index.xhtml";
        }
        if (isLobbyist()) {
            return "/lobbyist/index.xhtml";
        }
        if (isLiaison()) {
            return "/liaison/index.xhtml";
        }
        return "/index.xhtml";
    }
}
