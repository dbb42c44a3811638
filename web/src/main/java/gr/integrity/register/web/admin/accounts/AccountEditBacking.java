package gr.integrity.register.web.admin.accounts;

import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.AccountStatus;
import gr.integrity.register.security.Role;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** Changing an account's roles or disabling it. */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private Long id;
    private Account account;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private AccountStatus status;
    private Long institutionId;

    @EJB
    private gr.integrity.register.registry.InstitutionService institutionService;

    public void load() {
        Pages.required(id);
        account = accounts.get(id);
        roles = account.getRoles();
        status = account.getStatus();
        institutionId = account.getInstitution() == null ? null : account.getInstitution().getId();
    }

    public void save() {
        Pages.attempt("account", () -> {
            accounts.update(id, account.getVersion(), roles, status, institutionId);
            Pages.flashInfo("general.saved");
            Pages.redirect("/admin/accounts/list.xhtml");
        });
    }

    /** The institutions a LIAISON account may send the lists of. */
    public java.util.List<gr.integrity.register.registry.Institution> getInstitutions() {
        return institutionService.all();
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public AccountStatus[] getStatuses() {
        return new AccountStatus[] {AccountStatus.ACTIVE, AccountStatus.DISABLED};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }
}
