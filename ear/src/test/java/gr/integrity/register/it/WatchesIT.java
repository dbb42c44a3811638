package gr.integrity.register.it;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.DeliveredMail;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.watching.WatchDigests;
import gr.integrity.register.watching.WatchState;
import gr.integrity.register.watching.WatchSubject;
import gr.integrity.register.watching.Watches;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Watchlists against MariaDB: a watch is only confirmed by the link mailed to its address; once confirmed, a new or
 * amended filing of the official followed brings one digest through the outbox, with the filing's link and the
 * watch's one-click unsubscribe link, and nothing when nothing is new; an ended watch sends nothing; a bad address
 * is refused on its field; one requester asks for a few watches an hour; the address is on no public surface.
 */
@ExtendWith(ArquillianExtension.class)
class WatchesIT {

    private static final Locale GREEK = Locale.forLanguageTag("el");

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
    private DeclarationService declarations;

    @EJB
    private Watches watches;

    @EJB
    private WatchDigests digests;

    @EJB
    private TestDatabase database;

    @Inject
    private ClientContext client;

    private Person person;
    private String email;

    @BeforeEach
    void anOfficialAndAnAddressOfTheirOwn() throws Exception {
        client.setAddress("192.0.2.1/" + UUID.randomUUID());
        person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        email = "watcher-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aConfirmedWatchGetsOneDigestOfWhatIsNewAndNothingOnceStopped() throws Exception {
        watches.follow(WatchSubject.official(person.getId()), email, GREEK);
        String confirmation = DeliveredMail.textTo(email, 1);
        assertTrue(confirmation.contains(person.fullName(false)), confirmation);
        String token = database.list("select w.token from Watch w where w.email = ?1", String.class, email).get(0);
        assertTrue(confirmation.contains("/watch.xhtml?confirm=" + token), "the mail carries the confirmation link");

        // unconfirmed, a filing sends nothing (once its second is over)
        long id = file();
        Eventually.until("the filing's second is over", Duration.ofSeconds(5),
                () -> database.count("select count(v) from DeclarationVersion v where v.declaration.id = ?1"
                        + " and v.submittedAt <= ?2", id, java.time.Instant.now().minusSeconds(1)) == 1);
        admin.call(() -> digests.sendNow());
        assertEquals(1, mailsTo(email), "only the confirmation");

        assertEquals(person.fullName(false), watches.confirm(token));
        assertEquals(WatchState.ACTIVE, state(email));
        amend(id);
        // a digest covers the seconds that are over: the amendment's is within a second
        Eventually.until("the digest of the amendment", Duration.ofSeconds(5), () -> {
            admin.call(() -> digests.sendNow());
            return mailsTo(email) == 2;
        });
        String digest = DeliveredMail.textTo(email, 2);
        assertTrue(digest.contains(person.fullName(false)) && digest.contains("τροποποίηση (έκδοση 2)"), digest);
        assertTrue(digest.contains("/declaration.xhtml?id=" + id + "&v=2"), digest);
        assertTrue(digest.contains("/watch.xhtml?stop=" + token), "one-click unsubscribe in every digest");

        // nothing new: no mail
        admin.call(() -> digests.sendNow());
        assertEquals(2, mailsTo(email));

        // the address is on no public page, file or feed
        WebClient web = WebClient.local();
        for (String page : List.of("/person.xhtml?id=" + person.getId(), "/api/v1/officials/" + person.getId(),
                "/feeds/filings.atom?official=" + person.getId(), "/declaration.xhtml?id=" + id)) {
            var answer = web.get(page);
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().contains(email), page);
        }

        // the digest's headers let the mail program stop it in one click (RFC 8058): a post, no cookie, no page; a
        // browser opening the address is shown the stop page instead, and a token that names nothing answers alike
        String headers = DeliveredMail.headersTo(email, 2);
        java.util.regex.Matcher listUnsubscribe = java.util.regex.Pattern
                .compile("List-Unsubscribe: <[^>]*(/watch/unsubscribe\\?token=[A-Za-z0-9_-]+)>").matcher(headers);
        assertTrue(listUnsubscribe.find() && headers.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
                headers);
        assertTrue(listUnsubscribe.group(1).endsWith("token=" + token), headers);
        var browsed = TestHttp.CLIENT.send(TestHttp.request(java.net.URI.create(web.base() + listUnsubscribe.group(1)))
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(302, browsed.statusCode());
        assertTrue(browsed.headers().firstValue("Location").orElse("").endsWith("/watch.xhtml?stop=" + token));
        assertEquals(WatchState.ACTIVE, state(email), "opening the address stops nothing by itself");
        assertEquals(200, oneClick(web, "/watch/unsubscribe?token=" + "x".repeat(43)));
        assertEquals(WatchState.ACTIVE, state(email));
        assertEquals(200, oneClick(web, listUnsubscribe.group(1)));

        // stopped in one click: later filings send nothing
        assertEquals(WatchState.ENDED, state(email));
        amend(id);
        Eventually.until("the second amendment's second is over", Duration.ofSeconds(5),
                () -> database.count("select count(v) from DeclarationVersion v where v.declaration.id = ?1"
                        + " and v.submittedAt <= ?2", id, java.time.Instant.now().minusSeconds(1)) == 3);
        admin.call(() -> digests.sendNow());
        assertEquals(2, mailsTo(email));
        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class, () -> watches.confirm(token))));
    }

    @Test
    void whatCannotBeFollowedIsRefusedAndOneRequesterAsksForAFewAnHour() throws Exception {
        assertEquals("email", assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class,
                () -> watches.follow(WatchSubject.official(person.getId()), "not an address", GREEK)))).getField());
        assertEquals("words", assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class,
                () -> watches.follow(WatchSubject.search(" "), email, GREEK)))).getField());
        assertInstanceOf(NotFoundException.class, unwrap(assertThrows(Exception.class,
                () -> watches.follow(WatchSubject.official(Long.MAX_VALUE), email, GREEK))));
        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class,
                () -> watches.unsubscribe("x".repeat(43)))));
        assertEquals(0, mailsTo(email), "nothing refused was kept or mailed");

        for (int i = 0; i < Watches.PER_HOUR; i++) {
            watches.follow(WatchSubject.search("αιολικά πάρκα " + i), email, GREEK);
        }
        BusinessException refused = assertInstanceOf(BusinessException.class, unwrap(assertThrows(Exception.class,
                () -> watches.follow(WatchSubject.search("αιολικά"), email, GREEK))));
        assertEquals("watch.tooMany", refused.getMessageKey());
    }

    private long file() throws Exception {
        long obligation = admin.call(() -> fixtures.obligation(person, ObligationKind.INITIAL));
        long id = official.call(() -> declarations.open(obligation));
        submit(id, "15000");
        return id;
    }

    private void amend(long id) throws Exception {
        official.call(() -> declarations.amend(id, "Διόρθωση του ποσού της κατάθεσης."));
        submit(id, String.valueOf(16000 + mailsTo(email) * 100 + (int) (Math.random() * 90)));
    }

    private void submit(long id, String deposit) throws Exception {
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), Filings.validAssetContent(deposit)));
        official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(saved)));
    }

    /** What a mail program's one-click unsubscribe posts (RFC 8058); answers the status. */
    private static int oneClick(WebClient web, String path) throws Exception {
        return TestHttp.CLIENT.send(TestHttp.request(java.net.URI.create(web.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long mailsTo(String address) {
        return database.count("select count(m) from OutboxMessage m where m.recipient = ?1", address);
    }

    private WatchState state(String address) {
        return database.list("select w.state from Watch w where w.email = ?1", WatchState.class, address).get(0);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
