package gr.integrity.register.security;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

/**
 * The first administrator. At first start, with no administrator yet, one is created from the environment
 * (REGISTER_ADMIN_USERNAME, _EMAIL, _PASSWORD) or else a one-time setup link is printed in the server log:
 * whoever can read the log of a fresh installation may create the first administrator, nobody else.
 */
@Stateless
@PermitAll
public class SetupService {

    private static final Logger LOG = Logger.getLogger(SetupService.class);
    static final Duration SETUP_VALIDITY = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRegistry registry;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private RegisterConfig config;

    @EJB
    private AuditTrail audit;

    public boolean administratorExists() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role and a.status = :status",
                        Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("status", AccountStatus.ACTIVE)
                .getSingleResult() > 0;
    }

    /** Called once at startup. */
    public void ensureAdministrator() {
        if (administratorExists()) {
            return;
        }
        var username = config.firstAdminUsername();
        var password = config.firstAdminPassword();
        if (username.isPresent() && password.isPresent()) {
            InvitationForm form = adminForm(username.get(), config.firstAdminEmail().orElse(username.get() + "@localhost"));
            Account admin = createAdmin(form, password.get().toCharArray());
            LOG.infof("First administrator '%s' created from the environment", admin.getUsername());
            return;
        }
        String token = Hashing.newToken();
        em.persist(new AccountToken(null, AccountToken.Purpose.SETUP, Hashing.sha256Hex(token),
                Instant.now().plus(SETUP_VALIDITY)));
        LOG.infof("%n%n  No administrator yet. Create the first one at:%n  %s/setup.xhtml?token=%s%n"
                + "  (valid for %d hours, once)%n", config.baseUrl(), token, SETUP_VALIDITY.toHours());
    }

    public boolean isSetupTokenUsable(String token) {
        return !administratorExists() && registry.findUsableToken(token, AccountToken.Purpose.SETUP).isPresent();
    }

    public Account createFirstAdministrator(String token, @NotNull @Valid InvitationForm form, char[] password) {
        AccountToken link = registry.claimToken(token, AccountToken.Purpose.SETUP)
                .orElseThrow(() -> new InvalidInputException("account.linkExpired", null));
        if (administratorExists()) {
            throw new InvalidInputException("account.linkExpired", null);
        }
        form.setRoles(EnumSet.of(Role.ADMIN));
        Account admin = createAdmin(form, password);
        link.use();
        return admin;
    }

    private Account createAdmin(InvitationForm form, char[] password) {
        PasswordPolicy.check(password, form.getUsername(), "password");
        form.setRoles(EnumSet.of(Role.ADMIN));
        Account admin = registry.create(form);
        admin.activate(hasher.hash(password));
        audit.recordAs(admin.getUsername(), AuditAction.FIRST_ADMIN_CREATED, "Account", admin.getId(), null);
        return admin;
    }

    private static InvitationForm adminForm(String username, String email) {
        InvitationForm form = new InvitationForm();
        form.setUsername(username);
        form.setDisplayName(username);
        form.setEmail(email);
        form.setRoles(EnumSet.of(Role.ADMIN));
        return form;
    }
}
