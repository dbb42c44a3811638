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
import gr.integrity.register.it.support.Race;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.platform.mail.OutboxMessage;
import gr.integrity.register.registry.Person;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.AccountStatus;
import gr.integrity.register.security.AuthenticationService;
import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.PasswordHasher;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.SignInResult;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations, one-time links, signing in, throttling, and the audit trail they leave. */
@ExtendWith(ArquillianExtension.class)
class AccountsAndSignInIT {

    /** The password the tests' accounts set: long, and on no list of common passwords. */
    private static final String PASSWORD = "lantern orbit marble quietly";

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

    @Inject
    private PasswordHasher hasher;

    /** Jakarta Security's PBKDF2, a new instance: set up as the register's hasher was before. */
    @Inject
    private Pbkdf2PasswordHash olderHasher;

    @Resource(lookup = "java:jboss/datasources/RegisterDS")
    private DataSource dataSource;

    @Test
    void anInvitedOfficialSetsAPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
        Account invited = invite(Role.OFFICIAL);

        OutboxMessage mail = lastMailTo(invited.getEmail());
        // read from the mail as delivered: once the dispatcher has sent it, the outbox keeps no body
        assertTrue(DeliveredMail.textTo(invited.getEmail()).contains(invited.getUsername()));
        assertFalse(mail.getBody().contains("token="), "the outbox, which ADMIN reads, holds no link");
        String token = token(mail);
        assertEquals(SignInResult.Outcome.INVALID, signIn(invited.getUsername(), "a-password-not-set-yet", "10.1.0.1").outcome());

        accounts.activate(token, PASSWORD.toCharArray());

        SignInResult result = signIn(invited.getUsername(), PASSWORD, "10.1.0.1");
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

        assertEquals("password.tooShort", refusedActivation(invited, token, "short").getMessageKey());
    }

    @Test
    void aCommonPasswordIsRefusedOnThePasswordFieldInTheUsersLanguage() throws Exception {
        Account invited = invite(Role.OFFICIAL);
        String token = token(lastMailTo(invited.getEmail()));

        // long enough, but among the first a guesser tries ("Password" and the like, in any case)
        InvalidInputException refused = refusedActivation(invited, token, "Qwertyuiop123");

        assertEquals("password.common", refused.getMessageKey());
        assertTrue(refused.localizedMessage(Locale.forLanguageTag("el")).contains("συχνούς"), "said in Greek");
        // the link still works for a better password
        accounts.activate(token, PASSWORD.toCharArray());
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn(invited.getUsername(), PASSWORD, "10.7.0.1").outcome());
    }

    @Test
    void aPasswordHashedWithOlderSettingsIsHashedAgainAtTheNextSignInWithoutEndingSessions() throws Exception {
        Account account = activeAccount();
        assertTrue(storedHash(account).startsWith("PBKDF2WithHmacSHA512:"), storedHash(account));
        // as the register stored passwords before: PBKDF2-HMAC-SHA256 at 210,000 iterations
        olderHasher.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String older = olderHasher.generate(PASSWORD.toCharArray());
        database.nativeUpdate("UPDATE account SET password_hash = '" + older + "' WHERE id = " + account.getId());
        int epoch = database.find(Account.class, account.getId()).getSessionEpoch();

        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn(account.getUsername(), PASSWORD, "10.8.0.1").outcome());

        String rehashed = storedHash(account);
        assertTrue(rehashed.startsWith("PBKDF2WithHmacSHA512:") && !hasher.isOutdated(rehashed), rehashed);
        assertTrue(authentication.sessionStillValid(account.getUsername(), epoch), "signing in ended no session");
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn(account.getUsername(), PASSWORD, "10.8.0.2").outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), "not the password", "10.8.0.3").outcome());
    }

    @Test
    void aResetLinkUsedTwiceAtTheSameMomentSetsOnePassword() throws Exception {
        Account account = activeAccount();
        accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH);
        String token = token(lastMailTo(account.getEmail()));

        List<Race.Outcome> outcomes = Race.atOnce(
                () -> { accounts.resetPassword(token, "first new passphrase here".toCharArray()); return null; },
                () -> { accounts.resetPassword(token, "second new passphrase here".toCharArray()); return null; });

        assertEquals(1, outcomes.stream().filter(Race.Outcome::done).count(), "the link works once: " + outcomes);
        Race.Outcome refused = outcomes.stream().filter(o -> !o.done()).findFirst().orElseThrow();
        assertTrue(refused.failure() instanceof InvalidInputException, String.valueOf(refused.failure()));
        String winner = outcomes.get(0).done() ? "first new passphrase here" : "second new passphrase here";
        String loser = outcomes.get(0).done() ? "second new passphrase here" : "first new passphrase here";
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn(account.getUsername(), winner, "10.9.0.1").outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), loser, "10.9.0.2").outcome());
    }

    @Test
    void resetRequestsSendAtMostThreeMailsAnHourEvenAllAtOnce() throws Exception {
        Account account = activeAccount();
        long before = mailsTo(account.getEmail());

        List<Callable<Object>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> { accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH); return null; });
        }
        List<Race.Outcome> outcomes = Race.atOnce(requests.toArray(Callable[]::new));

        assertTrue(outcomes.stream().allMatch(Race.Outcome::done), "no request fails: " + outcomes);
        assertEquals(3, mailsTo(account.getEmail()) - before, "three reset mails, however many requests");
        assertEquals(8, database.count("select count(e) from AuditEntry e where e.action = ?1 and e.objectId = ?2",
                AuditAction.PASSWORD_RESET_REQUESTED, account.getId().toString()), "every request is in the trail");
        accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH);
        assertEquals(3, mailsTo(account.getEmail()) - before);
    }

    @Test
    void failedSignInsSlowTheAccountDownButNeverLockItAndAreAudited() throws Exception {
        Account account = activeAccount();
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), "wrong password " + i, "10.2.0." + i).outcome());
        }

        SignInResult throttled = signIn(account.getUsername(), PASSWORD, "10.2.0.9");

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
                signIn(account.getUsername(), PASSWORD, address).outcome());
        assertEquals(SignInResult.Outcome.SIGNED_IN,
                signIn(account.getUsername(), PASSWORD, "10.4.0.1").outcome());
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
        assertEquals(SignInResult.Outcome.INVALID, signIn(account.getUsername(), PASSWORD, "10.6.0.2").outcome());
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

        assertThrows(InvalidInputException.class, () -> accounts.activate(token, PASSWORD.toCharArray()));
        assertEquals(AccountStatus.DISABLED, database.find(Account.class, invited.getId()).getStatus());
    }

    @Test
    void anExistingAccountBecomesAnInstitutionsLiaisonOnlyWithItsInstitution() throws Exception {
        Account invited = invite(Role.AUDITOR);
        int version = database.find(Account.class, invited.getId()).getVersion();
        InvalidInputException refused = assertInstanceOf(InvalidInputException.class, unwrapped(assertThrows(
                Exception.class, () -> admin.call(() -> accounts.update(invited.getId(), version,
                        Set.of(Role.AUDITOR, Role.LIAISON), invited.getStatus(), null)))));
        assertEquals("institutionId", refused.getField());
        assertEquals(Set.of(Role.AUDITOR), database.find(Account.class, invited.getId()).getRoles(), "nothing changed");

        var institution = admin.call(() -> fixtures.institution(Fixtures.unique("Δήμος Συνδέσμου")));
        admin.call(() -> accounts.update(invited.getId(), version, Set.of(Role.AUDITOR, Role.LIAISON),
                invited.getStatus(), institution.getId()));
        assertEquals(institution.getId(), database.list("select a.institution.id from Account a where a.id = ?1",
                Long.class, invited.getId()).get(0));
        assertEquals(Set.of(Role.AUDITOR, Role.LIAISON), database.find(Account.class, invited.getId()).getRoles());
    }

    private static Throwable unwrapped(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof jakarta.ejb.EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private Account invite(Role role) throws Exception {
        Person person = role == Role.OFFICIAL
                ? admin.call(() -> fixtures.person("Μαρία", Fixtures.uniqueName("Λογαριασμού"))) : null;
        InvitationForm form = form(role, person == null ? null : person.getId());
        return admin.call(() -> accounts.invite(form));
    }

    private Account activeAccount() throws Exception {
        Account account = invite(Role.AUDITOR);
        accounts.activate(token(lastMailTo(account.getEmail())), PASSWORD.toCharArray());
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

    /** An activation refused on the password field, which leaves the account invited. */
    private InvalidInputException refusedActivation(Account invited, String token, String password) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> accounts.activate(token, password.toCharArray()));
        assertEquals("password", refused.getField());
        assertEquals(AccountStatus.INVITED, database.find(Account.class, invited.getId()).getStatus());
        return refused;
    }

    private long mailsTo(String recipient) {
        return database.count("select count(m) from OutboxMessage m where m.recipient = ?1", recipient);
    }

    private String storedHash(Account account) {
        return database.find(Account.class, account.getId()).getPasswordHash();
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
