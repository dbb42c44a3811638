package gr.integrity.register.security;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.Messages;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.platform.mail.OneTimeLink;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: ADMIN invites people by a one-time link and manages their roles; anyone can ask for a password reset
 * link (the answer never reveals whether the address is known).
 */
@Stateless
public class AccountService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /**
     * At most three reset mails an hour to one account: enough for a mail that went astray, too few for anyone to
     * flood an official's mailbox through the form, which anyone may use.
     */
    static final int RESET_MAILS_PER_WINDOW = 3;
    static final Duration RESET_WINDOW = Duration.ofHours(1);
    private static final String RESET_NOT_SENT = "not sent: " + RESET_MAILS_PER_WINDOW + " already this hour";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AccountRegistry registry;

    @EJB
    private MailService mail;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Account invite(@NotNull @Valid InvitationForm form) {
        Account account = registry.create(form);
        Locale locale = Messages.supported(Locale.forLanguageTag(account.getLanguage()));
        mail.queue(account.getEmail(), link(account, AccountToken.Purpose.INVITATION, INVITATION_VALIDITY), locale,
                "mail.invitation.subject", "mail.invitation.body",
                account.getDisplayName(), OneTimeLink.PLACE, account.getUsername(), INVITATION_VALIDITY.toDays());
        audit.record(AuditAction.ACCOUNT_INVITED, "Account", account.getId(), "roles=" + account.getRoles());
        return account;
    }

    @PermitAll
    public boolean isTokenUsable(String token, AccountToken.Purpose purpose) {
        return registry.findUsableToken(token, purpose).isPresent();
    }

    /** The invited person sets a password; the account becomes active. */
    @PermitAll
    public void activate(String token, char[] password) {
        AccountToken link = registry.claimToken(token, AccountToken.Purpose.INVITATION)
                .orElseThrow(() -> new InvalidInputException("account.linkExpired", null));
        Account account = link.getAccount();
        PasswordPolicy.check(password, account.getUsername(), "password");
        account.activate(hasher.hash(password));
        link.use();
        audit.recordAs(account.getUsername(), AuditAction.ACCOUNT_ACTIVATED, "Account", account.getId(), null);
    }

    /** Sends a reset link if an active account has this address; says nothing either way. */
    @PermitAll
    public void requestPasswordReset(String email, Locale locale) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Optional<Account> found = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email.trim()).getResultStream().findFirst()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE);
        if (found.isEmpty()) {
            audit.record(AuditAction.PASSWORD_RESET_REQUESTED, "Account", null, "unknown address");
            return;
        }
        Account account = found.get();
        // requests are counted one at a time, so that a burst of them cannot all pass the count
        audit.lockForDecision();
        if (resetMailsSentSince(account, Instant.now().minus(RESET_WINDOW)) >= RESET_MAILS_PER_WINDOW) {
            audit.record(AuditAction.PASSWORD_RESET_REQUESTED, "Account", account.getId(), RESET_NOT_SENT);
            return;
        }
        mail.queue(account.getEmail(), link(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY),
                Messages.supported(locale), "mail.reset.subject", "mail.reset.body",
                account.getDisplayName(), OneTimeLink.PLACE, RESET_VALIDITY.toMinutes());
        audit.record(AuditAction.PASSWORD_RESET_REQUESTED, "Account", account.getId(), null);
    }

    /** Reset mails sent to the account since then: the requests the audit trail holds that were not refused. */
    private long resetMailsSentSince(Account account, Instant since) {
        return em.createQuery("select count(e) from AuditEntry e where e.objectType = 'Account' and e.objectId = :id"
                        + " and e.action = :action and e.occurredAt >= :since and e.details is null", Long.class)
                .setParameter("id", account.getId().toString())
                .setParameter("action", AuditAction.PASSWORD_RESET_REQUESTED)
                .setParameter("since", since)
                .getSingleResult();
    }

    @PermitAll
    public void resetPassword(String token, char[] password) {
        AccountToken link = registry.claimToken(token, AccountToken.Purpose.PASSWORD_RESET)
                .orElseThrow(() -> new InvalidInputException("account.linkExpired", null));
        Account account = link.getAccount();
        PasswordPolicy.check(password, account.getUsername(), "password");
        // the new password ends every session of the account, and every other link it still has
        account.changePassword(hasher.hash(password));
        registry.voidTokens(account);
        audit.recordAs(account.getUsername(), AuditAction.PASSWORD_RESET, "Account", account.getId(), null);
    }

    /** The link a mail carries, made when the mail is delivered: the outbox never holds it. */
    private static OneTimeLink link(Account account, AccountToken.Purpose purpose, Duration validity) {
        return new OneTimeLink(account.getId(), purpose.name(), validity);
    }

    @RolesAllowed(Roles.ADMIN)
    public ResultPage<Account> search(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? ""
                : " where lower(a.username) like :text or lower(a.displayName) like :text or lower(a.email) like :text";
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
        TypedQuery<Account> query = em.createQuery(
                "select a from Account a left join fetch a.person" + where + " order by a.username", Account.class);
        if (!where.isEmpty()) {
            String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            count.setParameter("text", like);
            query.setParameter("text", like);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed(Roles.ADMIN)
    public Account get(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }

    /** Changes roles and status; {@code version} is the one the ADMIN saw, so a concurrent change is not lost. */
    @RolesAllowed(Roles.ADMIN)
    public Account update(long id, int version, Set<Role> roles, AccountStatus status) {
        Account account = get(id);
        return update(account, version, roles, status,
                account.getInstitution() == null ? null : account.getInstitution().getId());
    }

    /**
     * The same, and the institution a LIAISON account sends the lists of (null: none; a LIAISON needs one).
     */
    @RolesAllowed(Roles.ADMIN)
    public Account update(long id, int version, Set<Role> roles, AccountStatus status, Long institutionId) {
        return update(get(id), version, roles, status, institutionId);
    }

    private Account update(Account account, int version, Set<Role> roles, AccountStatus status, Long institutionId) {
        long id = account.getId();
        if (account.getVersion() != version) {
            throw new ConflictException("error.changedMeanwhile");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("account.rolesRequired", "roles");
        }
        if (roles.contains(Role.OFFICIAL) && account.getPerson() == null) {
            throw new InvalidInputException("account.personRequired", "roles");
        }
        Institution institution = institutionId == null ? null : em.find(Institution.class, institutionId);
        if (institutionId != null && institution == null) {
            throw new InvalidInputException("account.institutionUnknown", "institutionId");
        }
        if (roles.contains(Role.LIAISON) && institution == null) {
            throw new InvalidInputException("account.institutionRequired", "institutionId");
        }
        account.setInstitution(institution);
        account.setRoles(roles);
        if (status != null && status != AccountStatus.INVITED) {
            account.setStatus(status);
            if (status == AccountStatus.DISABLED) {
                // an invitation not yet taken up, or a reset link, opens nothing once the account is disabled
                registry.voidTokens(account);
            }
        }
        audit.record(AuditAction.ACCOUNT_CHANGED, "Account", id, "roles=" + roles + " status=" + account.getStatus()
                + (institution == null ? "" : " institution=" + institution.getId()));
        return account;
    }

}
