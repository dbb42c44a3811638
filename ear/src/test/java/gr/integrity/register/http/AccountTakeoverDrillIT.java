package gr.integrity.register.http;

import gr.integrity.register.it.support.DeliveredMail;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.TestHttp;
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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taking over an account, as an attacker with an ADMIN's account (or a stolen session) would try it: asking for a
 * password reset of someone else's account and reading its link on the outbox page; going on with a session after
 * its password was reset, its account disabled or its roles changed. The link reaches its addressee only, and
 * every such change ends the account's sessions at their next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTakeoverDrillIT {

    private static final String NEW_PASSWORD = "a-New-Passphrase-After-Reset";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aResetLinkReachesOnlyItsAddresseeAndTheResetEndsEverySession() throws Exception {
        String official = TestHttp.fixture(base, "/it-fixtures/official");
        String address = official + "@it.example.gr";
        WebClient victim = new WebClient(base.toString());
        victim.signIn(official, FixtureServlet.PASSWORD);
        assertEquals(200, victim.get("/official/index.xhtml").statusCode(), "signed in");

        // anyone may ask for a reset of any address ...
        WebClient anyone = new WebClient(base.toString());
        Map<String, String> request = WebClient.hiddenFields(anyone.get("/account/reset.xhtml").body(), "reset");
        request.put("reset:email", address);
        request.put("reset:send", "");
        anyone.post("/account/reset.xhtml", request);

        // ... and the ADMIN sees that the mail went out, never its link
        WebClient admin = new WebClient(base.toString());
        admin.signIn("admin", "demo-admin-2026");
        String[] outbox = new String[1];
        Eventually.until("the reset mail listed in the outbox", Duration.ofMinutes(1), () -> {
            outbox[0] = admin.get("/admin/outbox.xhtml").body();
            return outbox[0].contains(address);
        });
        assertFalse(outbox[0].contains("token="), "the outbox page shows no one-time link");

        // the addressee has it, and uses it
        URI link = URI.create(DeliveredMail.linkTo(address, "/account/reset-password.xhtml"));
        WebClient owner = new WebClient(base.toString());
        String page = owner.get(link.getRawPath() + "?" + link.getRawQuery()).body();
        Map<String, String> form = WebClient.hiddenFields(page, "password");
        form.put("password:password", NEW_PASSWORD);
        form.put("password:confirmation", NEW_PASSWORD);
        form.put("password:save", "");
        owner.post(link.getRawPath() + "?" + link.getRawQuery(), form);

        // the session signed in with the old password has ended, and says why
        assertSentToSignIn(victim.get("/official/index.xhtml"));
        assertTrue(victim.get("/login.xhtml").body().contains("τερματίστηκε"), "the sign-in page says the session was ended");
        assertSentToSignIn(new WebClient(base.toString()).signInAnswer(official, FixtureServlet.PASSWORD), "old password");
        assertFalse(new WebClient(base.toString()).signIn(official, NEW_PASSWORD).contains("login"),
                "the new password signs in");
    }

    @Test
    void disablingAnAccountOrChangingItsRolesEndsItsSessionsAtTheNextRequest() throws Exception {
        String lobbyist = TestHttp.fixture(base, "/it-fixtures/lobbyist");
        WebClient disabled = new WebClient(base.toString());
        disabled.signIn(lobbyist, FixtureServlet.PASSWORD);
        assertEquals(200, disabled.get("/lobbyist/index.xhtml").statusCode());

        String official = TestHttp.fixture(base, "/it-fixtures/official");
        WebClient changed = new WebClient(base.toString());
        changed.signIn(official, FixtureServlet.PASSWORD);
        assertEquals(200, changed.get("/official/index.xhtml").statusCode());

        TestHttp.fixture(base, "/it-fixtures/account?username=" + lobbyist + "&change=disable");
        TestHttp.fixture(base, "/it-fixtures/account?username=" + official + "&change=roles");

        assertSentToSignIn(disabled.get("/lobbyist/index.xhtml"));
        assertSentToSignIn(changed.get("/official/index.xhtml"));
        assertFalse(changed.signIn(official, FixtureServlet.PASSWORD).contains("login"),
                "signing in again gives a session with the new roles");
        assertEquals(200, changed.get("/auditor/index.xhtml").statusCode(), "the role added is there");
    }

    private static void assertSentToSignIn(HttpResponse<String> answer) {
        assertSentToSignIn(answer, "the session");
    }

    /** Sent to the sign-in page (a redirect there), or kept on it (a refused sign-in answers the page itself). */
    private static void assertSentToSignIn(HttpResponse<String> answer, String what) {
        boolean redirected = answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
        boolean refusedSignIn = answer.statusCode() == 200 && answer.body().contains("id=\"login\"")
                && answer.headers().firstValue("Location").isEmpty();
        assertTrue(redirected || refusedSignIn, what + " no longer works: " + answer.statusCode() + " "
                + answer.headers().firstValue("Location").orElse(""));
    }
}
