package gr.integrity.register.security;

import gr.integrity.register.common.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The signed-in caller's account, as the services see it (the caller identity propagates into this bean). */
@Stateless
@PermitAll
public class CurrentAccount {

    @Resource
    private SessionContext session;

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> find() {
        String name = username();
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
    }

    /** The caller's account; refused for anyone without one. */
    public Account get() {
        return find().orElseThrow(AccessRefusedException::new);
    }

    public String username() {
        var principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? null : name;
    }

    public boolean isInRole(String role) {
        return session.isCallerInRole(role);
    }
}
