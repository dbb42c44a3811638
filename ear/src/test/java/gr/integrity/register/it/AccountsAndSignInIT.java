package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditChainVerifier;
import gr.integrity.register.audit.AuditEntry;
import gr.integrity.register.audit.AuditLine;
import gr.integrity.register.audit.AuditQuery;
import gr.integrity.register.audit.AuditSearch;
import gr.integrity.register.audit.ChainCheck;
import gr.integrity.register.common.Messages;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.VersionChainVerifier;
import gr.integrity.register.it.support.DeliveredMail;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.platform.mail.OutboxMessage;
import gr.integrity.register.registry.Person;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.AccountStatus;
import gr.integrity.register.security.AuthenticationService;
import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.SignInResult;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations, one-time links, signing in, throttling, and the audit trail they leave. */
@ExtendWith(ArquillianExtension.class)
class AccountsAndSignInIT {


    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private Fixtures fixtures;

    @EJB
    private AccountService accounts;

    @EJB
    private AuthenticationService authentication;

    @EJB
    private TestDatabase database;

    @EJB
    private AuditSearch trail;

    @Resource(lookup = "java:jboss/datasources/RegisterDS")
    private DataSource dataSource;

    @Test
    void anInvitedOfficialSetsAPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
        Account invited = invite(Role.OFFICIAL);

        OutboxMessage mail = lastMailTo(invited.getEmail());
        assertTrue(mail.getBody().contains(invited.getUsername()));
        assertFalse(mail.getBody().contains("token="), "the outbox, which ADMIN reads, holds no link");
        String token = token(mail);
        assertEquals(SignInResult.Outcome.INVALID, signIn(invited.getUsername(), "a-password-not-set-yet", "10.1.0.1").outcome());

        accounts.activate(token, "correct horse battery staple".toCharArray());

        SignInResult result = signIn(invited.getUsername(), "correct horse battery staple", "10.1.0.1");
        assertEquals(SignInResult.Outcome.SIGNED_IN, result.outcome());
        assertEquals(Set.of(Role.OFFICIAL), result.roles());
        assertEquals(AccountStatus.ACTIVE, database.find(Account.class, invited.getId()).getStatus());
        assertTrue(audited(AuditAction.ACCOUNT_INVITED, invited.getId()));
        assertTrue(audited(AuditAction.ACCOUNT_ACTIVATED, invited.getId()));
        assertTrue(audited(AuditAction.SIGN_IN, invited.getId()));
        // the link works once
        assertThrows(InvalidInputException.class, () -> accounts.activate(token, "another long password".toCharArray()));
    }

    @Test
    void aShortPasswordIsRefusedOnThePasswordField() throws Exception {
        Account invited = invite(Role.AUDITOR);
        String token = token(lastMailTo(invited.getEmail()));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> accounts.activate(token, "short".toCharArray()));

        assertEquals("password", refused.getField());
        assertEquals(AccountStatus.INVITED, database.find(Account.class, invited.getId()).getStatus());
    }

    @Test
    void failedSignInsSlowTheAccountDownButNeverLockItAndAreAudited() throws Exception {
        Account account = activeAccount();
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), "wrong password " + i, "10.2.0." + i).outcome());
        }

        SignInResult throttled = signIn(account.getUsername(), "correct horse battery staple", "10.2.0.9");

        // during the delay even the right password is not checked, so a guesser learns nothing
        assertEquals(SignInResult.Outcome.THROTTLED, throttled.outcome());
        assertTrue(throttled.retryAfterSeconds() >= 1 && throttled.retryAfterSeconds() <= 3);
        assertTrue(database.count("select count(e) from AuditEntry e where e.action = ?1 and e.objectId = ?2",
                AuditAction.SIGN_IN_FAILED, account.getId().toString()) >= 4);
        assertTrue(database.count("select count(e) from AuditEntry e where e.action = ?1 and e.actor = ?2",
                AuditAction.SIGN_IN_THROTTLED, account.getUsername()) >= 1);
        assertTrue(database.count("select count(e) from AuditEntry e where e.action = ?1 and e.clientAddress = ?2",
                AuditAction.SIGN_IN_FAILED, "10.2.0.3") >= 1);
    }

    @Test
    void manyFailuresFromOneAddressSlowThatAddressDownForEveryAccount() throws Exception {
        String address = "10.3." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);
        for (int i = 0; i < 11; i++) {
            signIn("nobody-" + i + "-" + address, "guess " + i, address);
        }
        Account account = activeAccount();

        assertEquals(SignInResult.Outcome.THROTTLED,
                signIn(account.getUsername(), "correct horse battery staple", address).outcome());
        assertEquals(SignInResult.Outcome.SIGNED_IN,
                signIn(account.getUsername(), "correct horse battery staple", "10.4.0.1").outcome());
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookTheSame() {
        assertEquals(SignInResult.Outcome.INVALID, signIn("no-such-user-here", "whatever it is", "10.5.0.1").outcome());
    }

    @Test
    void aPasswordResetLinkReplacesThePasswordOnce() throws Exception {
        Account account = activeAccount();

        accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH);
        OutboxMessage mail = lastMailTo(account.getEmail());
        assertTrue(mail.getSubject().startsWith("New password"));
        String token = token(mail);
        accounts.resetPassword(token, "a brand new passphrase".toCharArray());

        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn(account.getUsername(), "a brand new passphrase", "10.6.0.1").outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), "correct horse battery staple", "10.6.0.2").outcome());
        assertThrows(InvalidInputException.class, () -> accounts.resetPassword(token, "yet another passphrase".toCharArray()));
    }

    @Test
    void aResetRequestForAnUnknownAddressSendsNothingAndSaysNothing() {
        long mails = database.count("select count(m) from OutboxMessage m");

        accounts.requestPasswordReset("nobody-" + System.nanoTime() + "@example.org", Locale.ENGLISH);

        assertEquals(mails, database.count("select count(m) from OutboxMessage m"));
    }

    @Test
    void onlyAnAdministratorInvites() throws Exception {
        admin.run(() -> fixtures.officialAccount(AsOfficialA.USERNAME));
        InvitationForm form = form(Role.ADMIN, null);

        assertThrows(EJBAccessException.class, () -> official.call(() -> accounts.invite(form)));
        assertThrows(EJBAccessException.class, () -> accounts.invite(form));
        assertEquals(0, database.count("select count(a) from Account a where a.username = ?1", form.getUsername()));
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletesAndItsChainHolds() {
        assertThrows(Exception.class, () -> database.nativeUpdate("UPDATE audit_entry SET actor = 'mallory'"));
        assertThrows(Exception.class, () -> database.nativeUpdate("DELETE FROM audit_entry"));

        List<AuditEntry> trail = database.list("select e from AuditEntry e order by e.id", AuditEntry.class);
        assertFalse(trail.isEmpty());
        String previous = "0".repeat(64);
        for (AuditEntry entry : trail) {
            assertEquals(previous, entry.getPreviousHash(), "broken link at entry " + entry.getId());
            assertEquals(entry.computeHash(), entry.getEntryHash(), "entry " + entry.getId() + " was changed");
            previous = entry.getEntryHash();
        }
    }

    @Test
    void adminsAndAuditorsSearchTheTrailAndCheckItsChainOfficialsCannot() throws Exception {
        admin.call(() -> fixtures.person("Ίχνος", Fixtures.uniqueName("Ελέγχου")));
        ChainCheck check = admin.call(() -> trail.verify());
        assertTrue(check.holds(), check.toString());
        assertEquals(database.count("select count(e) from AuditEntry e"), check.entriesChecked());

        List<AuditLine> created = admin.call(() -> trail.search(new AuditQuery(AsAdmin.USERNAME,
                AuditAction.PERSON_CREATED, "Person", null, null, null), PageRequest.of(0, 5))).items();
        assertFalse(created.isEmpty());
        assertTrue(created.stream().allMatch(e -> e.getAction() == AuditAction.PERSON_CREATED
                && e.getActor().equals(AsAdmin.USERNAME)));
        assertTrue(created.get(0).getId() > created.get(created.size() - 1).getId() || created.size() == 1, "newest first");

        // the command's check, reading the database as an outside auditor would: both chains hold
        try (Connection connection = dataSource.getConnection()) {
            ChainCheck outside = AuditChainVerifier.verify(connection);
            assertTrue(outside.holds() && outside.entriesChecked() >= check.entriesChecked(), outside.toString());
            VersionChainVerifier.Result versions = VersionChainVerifier.verify(connection);
            assertTrue(versions.holds() && versions.checked() > 0, versions.toString());
        }

        assertThrows(EJBAccessException.class, () -> official.call(() -> trail.verify()));
        assertThrows(EJBAccessException.class, () -> official.call(() -> trail.search(
                new AuditQuery(null, null, null, null, null, null), PageRequest.of(0, 5))));
    }

    @Test
    void anInvitationCannotGiveSomeoneElseAnOfficialsDeclarations() throws Exception {
        Account first = invite(Role.OFFICIAL);
        long personId = database.find(Account.class, first.getId()).getPerson().getId();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> admin.call(() -> accounts.invite(form(Role.OFFICIAL, personId))));

        assertEquals("personId", refused.getField());
        assertEquals(1, database.count("select count(a) from Account a where a.person.id = ?1", personId));
    }

    @Test
    void disablingAnInvitedAccountRevokesItsInvitation() throws Exception {
        Account invited = invite(Role.AUDITOR);
        String token = token(lastMailTo(invited.getEmail()));
        int version = database.find(Account.class, invited.getId()).getVersion();

        admin.call(() -> accounts.update(invited.getId(), version, Set.of(Role.AUDITOR), AccountStatus.DISABLED));

        assertThrows(InvalidInputException.class, () -> accounts.activate(token, "correct horse battery staple".toCharArray()));
        assertEquals(AccountStatus.DISABLED, database.find(Account.class, invited.getId()).getStatus());
    }

    private Account invite(Role role) throws Exception {
        Person person = role == Role.OFFICIAL
                ? admin.call(() -> fixtures.person("Μαρία", Fixtures.uniqueName("Λογαριασμού"))) : null;
        InvitationForm form = form(role, person == null ? null : person.getId());
        return admin.call(() -> accounts.invite(form));
    }

    private Account activeAccount() throws Exception {
        Account account = invite(Role.AUDITOR);
        accounts.activate(token(lastMailTo(account.getEmail())), "correct horse battery staple".toCharArray());
        return account;
    }

    private static InvitationForm form(Role role, Long personId) {
        String username = "it-" + Long.toString(System.nanoTime(), 36);
        InvitationForm form = new InvitationForm();
        form.setUsername(username);
        form.setDisplayName("Δοκιμαστικός Χρήστης");
        form.setEmail(username + "@example.gr");
        form.setRoles(EnumSet.of(role));
        form.setPersonId(personId);
        return form;
    }

    private SignInResult signIn(String username, String password, String address) {
        return authentication.signIn(username, password.toCharArray(), address);
    }

    private OutboxMessage lastMailTo(String recipient) {
        List<OutboxMessage> mails = database.list("select m from OutboxMessage m where m.recipient = ?1 order by m.id desc",
                OutboxMessage.class, recipient);
        assertFalse(mails.isEmpty(), "no mail to " + recipient);
        return mails.get(0);
    }

    /** The link's token as the addressee receives it: in the delivered mail, never in the outbox. */
    private static String token(OutboxMessage mail) {
        String page = mail.getSubject().equals(Messages.text(Locale.ENGLISH, "mail.reset.subject"))
                || mail.getSubject().equals(Messages.text(Locale.forLanguageTag("el"), "mail.reset.subject"))
                ? "/account/reset-password.xhtml" : "/account/activate.xhtml";
        return DeliveredMail.tokenTo(mail.getRecipient(), page);
    }

    private boolean audited(AuditAction action, Long accountId) {
        return database.count("select count(e) from AuditEntry e where e.action = ?1 and e.objectId = ?2",
                action, accountId.toString()) > 0;
    }
}
