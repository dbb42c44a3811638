package gr.integrity.register.http;

import gr.integrity.register.it.drills.DrillFigures;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session as an attacker would try it: a session id fixed before sign-in is worth nothing after it; the session
 * cookie cannot be read by scripts, is not sent with other sites' requests, and never travels in clear from HTTPS;
 * a page's view state works only in the session that received it, and not after signing out (so a forged or
 * replayed form does nothing); guessing a password is slowed down, but never keeps the account's owner out: a
 * browser that signed in before is not slowed by others' failures, nor is anyone by colleagues' typing mistakes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theSessionIdChangesAtSignInAndItsCookieIsHttpOnlySameSiteAndSecureOverHttps() throws Exception {
        String official = newOfficial();
        WebClient client = new WebClient(base.toString());
        HttpResponse<String> loginPage = client.get("/login.xhtml");
        String before = client.sessionId().orElseThrow(() -> new AssertionError("the sign-in page starts a session"));
        String cookie = sessionCookie(loginPage);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        client.signIn(official, FixtureServlet.PASSWORD);
        assertNotEquals(before, client.sessionId().orElseThrow(), "a new session id after signing in");

        int httpsPort = 8443 + Integer.getInteger("it.port.offset", 100);
        WebClient secure = new WebClient("https://localhost:" + httpsPort);
        String secureCookie = sessionCookie(secure.get("/login.xhtml"));
        assertTrue(secureCookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), secureCookie);
        assertTrue(secureCookie.contains("HttpOnly"), secureCookie);
        assertFalse(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"),
                "over plain HTTP (development) a Secure cookie could not come back");
    }

    @Test
    void aFormPostedWithAnotherSessionsOrAnEndedSessionsViewStateDoesNothing() throws Exception {
        WebClient a = new WebClient(base.toString());
        a.signIn(newOfficial(), FixtureServlet.PASSWORD);
        String pageOfA = a.get("/official/index.xhtml").body();

        // B, signed in on their own, sends A's page: refused, nothing declared for anyone
        WebClient b = new WebClient(base.toString());
        b.signIn(newOfficial(), FixtureServlet.PASSWORD);
        HttpResponse<String> foreign = b.post("/official/index.xhtml", declareMeeting(pageOfA));
        assertRefused(foreign);
        assertTrue(b.get("/official/index.xhtml").body().contains("Δεν έχετε ξεκινήσει ακόμη καμία δήλωση"));

        // A's own post works (so the form above was a real one) ...
        HttpResponse<String> own = a.post("/official/index.xhtml", declareMeeting(pageOfA));
        assertEquals(302, own.statusCode(), "the form is accepted in its own session");

        // ... and after signing out and in again, the old page is refused
        String page = a.get("/official/index.xhtml").body();
        a.post("/signout", Map.of());
        HttpResponse<String> afterSignOut = a.post("/official/index.xhtml", declareMeeting(page));
        assertEquals(302, afterSignOut.statusCode(), "signed out: sent to sign in");
        assertTrue(afterSignOut.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        a.signIn(lastOfficial, FixtureServlet.PASSWORD);
        assertRefused(a.post("/official/index.xhtml", declareMeeting(page)));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("foreignViewStateRefused", true);
        figures.put("replayedViewStateRefused", true);
        DrillFigures.write("session", figures);
    }

    @Test
    void guessingAPasswordIsSlowedDownAndTheRightOneWorksAfterTheWait() throws Exception {
        String official = newOfficial();
        WebClient guesser = new WebClient(base.toString());
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> refused = guesser.signInAnswer(official, "wrong-password-" + i);
            assertEquals(200, refused.statusCode(), "a wrong password signs no one in");
            assertTrue(refused.body().contains("Λάθος όνομα χρήστη ή κωδικός")
                    || refused.body().contains("Πολλές αποτυχημένες προσπάθειες"), "refused with a reason");
        }
        // the fifth try, even with the right password, waits: the delay comes before any password is checked
        HttpResponse<String> throttled = guesser.signInAnswer(official, FixtureServlet.PASSWORD);
        assertEquals(200, throttled.statusCode(), throttled.body());
        java.util.regex.Matcher wait = java.util.regex.Pattern.compile("Πολλές αποτυχημένες προσπάθειες\\. Δοκιμάστε ξανά σε (\\d+)")
                .matcher(throttled.body());
        assertTrue(wait.find(), "the page says how long to wait");
        int seconds = Integer.parseInt(wait.group(1));
        assertTrue(seconds >= 1 && seconds <= 8, "a short wait after four failures, not a lock-out: " + seconds);

        // asked again and again, the right password works as soon as the wait has passed: not locked out
        long asked = System.nanoTime();
        Eventually.until("the right password signs in once the wait has passed", Duration.ofSeconds(seconds + 60),
                () -> signedIn(guesser.signIn(official, FixtureServlet.PASSWORD)));
        double waited = (System.nanoTime() - asked) / 1e9;
        assertTrue(waited >= seconds - 1.5, "refused until the announced wait had passed: " + waited + " s of " + seconds);
    }

    @Test
    void aBrowserThatSignedInBeforeIsNeverKeptOutBySomeoneElsesGuessing() throws Exception {
        String official = newOfficial();
        WebClient owner = new WebClient(base.toString());
        assertTrue(signedIn(owner.signIn(official, FixtureServlet.PASSWORD)));
        assertEquals(200, owner.get("/official/index.xhtml").statusCode(), "the first page after signing in");
        owner.post("/signout", Map.of());

        // someone else guesses at the account until it is slowed down ...
        WebClient guesser = new WebClient(base.toString());
        boolean slowed = false;
        for (int i = 0; i < 10 && !slowed; i++) {
            slowed = guesser.signInAnswer(official, "wrong-password-" + i).body().contains("Πολλές αποτυχημένες προσπάθειες");
        }
        assertTrue(slowed, "the guesser is made to wait");
        // ... and the owner's browser, which signed in before, signs in at once
        assertTrue(signedIn(owner.signIn(official, FixtureServlet.PASSWORD)), "the owner is not kept out");
    }

    @Test
    void mistypedPasswordsBehindOneAddressHoldNobodyElseUp() throws Exception {
        // every client of these tests comes from 127.0.0.1, as the people of one office come through one NAT:
        // twelve mistyped passwords of four real accounts, more than the address's ten free failures
        for (int person = 0; person < 4; person++) {
            String colleague = newOfficial();
            WebClient typist = new WebClient(base.toString());
            for (int i = 0; i < 3; i++) {
                typist.signInAnswer(colleague, "mistyped-" + i);
            }
        }
        String someoneElse = newOfficial();
        assertTrue(signedIn(new WebClient(base.toString()).signIn(someoneElse, FixtureServlet.PASSWORD)),
                "another person behind the same address signs in at once");
    }

    /** Where a sign-in redirected: somewhere other than the sign-in page (no redirect is a refusal). */
    @Test
    void aFloodWithForgedSessionCookiesStaysInTheSignInLaneWhileASignedInFilerIsServed() throws Exception {
        WebClient filer = new WebClient(base.toString());
        filer.signIn(newOfficial(), FixtureServlet.PASSWORD);
        assertEquals(200, filer.get("/official/index.xhtml").statusCode());
        assertTrue(filer.cookie(LANE_COOKIE).isPresent(), "a session that signed in holds its lane pass");

        // requests for the sign-in page that never finish sending their form hold the sign-in lane's places,
        // as a flood would, until one more is turned away at once
        List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
            fillLaneOf("/login.xhtml", held, 64);

            // a forged session cookie with a forged pass is no way round it: still the sign-in lane
            String forged = "JSESSIONID=" + "A".repeat(32) + "; " + LANE_COOKIE + "=" + "B".repeat(43);
            assertEquals(503, rawStatus("/official/index.xhtml", forged));
            // the signed-in filer, in their own lane, is served as if nothing happened
            HttpResponse<String> page = filer.get("/official/index.xhtml");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Οι δηλώσεις μου"), page.body());
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
        Eventually.until("the sign-in lane serves again", Duration.ofSeconds(60),
                () -> rawStatus("/login.xhtml", "") == 200);
    }

    @Test
    void aFloodThatFillsThePublicLaneLeavesTheHealthChecksAnswering() throws Exception {
        // public requests that never finish sending their body hold the public lane's places until one more
        // public page is turned away: what a load balancer sees of this node on a deadline night
        List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
            fillLaneOf("/search.xhtml", held, 200);

            assertEquals(200, rawStatus("/health", ""), "the health checks are in no lane");
            assertEquals(200, rawStatus("/health/ready", ""), "the readiness probe is in no lane");
            assertEquals(200, rawStatus("/health/live", ""), "the liveness probe is in no lane");
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
            Eventually.until("the public lane serves again", Duration.ofSeconds(60),
                    () -> rawStatus("/search.xhtml", "") == 200);
        }
    }

    /**
     * Holds requests to the page (bodies announced and never sent, as a flood would) until one more is turned away
     * with 503: the page's lane is full. At most {@code limit} are held.
     */
    private void fillLaneOf(String path, List<java.net.Socket> held, int limit) throws Exception {
        int status = 0;
        while (status != 503 && held.size() < limit) {
            held.add(startedPost(path));
            status = rawStatus(path, "");
        }
        assertEquals(503, status, "the lane of " + path + " is full after " + held.size() + " held requests");
    }

    /** A form whose body is announced and never sent: the server holds it, waiting. */
    private java.net.Socket startedPost(String path) throws Exception {
        java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        Thread.sleep(50);
        return socket;
    }

    /** The status of a GET sent by hand, with the cookies given (none: ""). */
    private int rawStatus(String path, String cookies) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + (cookies.isEmpty() ? "" : "\r\nCookie: " + cookies) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }

    private static final String LANE_COOKIE = "register_lane";

    private static boolean signedIn(String redirectedTo) {
        return !redirectedTo.isEmpty() && !redirectedTo.contains("login");
    }

    private String lastOfficial;

    private String newOfficial() throws Exception {
        HttpResponse<String> created = new WebClient(base.toString()).post("/it-fixtures/official", Map.of());
        assertEquals(200, created.statusCode());
        lastOfficial = created.body().trim();
        return lastOfficial;
    }

    /** The "declare a meeting" button of the official's page, pressed on that page as it was served. */
    private static Map<String, String> declareMeeting(String page) {
        Map<String, String> form = WebClient.hiddenFields(page, "meeting-form");
        form.put("meeting-form:declare-meeting", "");
        return form;
    }

    /** Refused as the register refuses a page that is not this session's: the "expired" page, never a 500. */
    private static void assertRefused(HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Η συνεδρία έληξε"), "the page explains");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
