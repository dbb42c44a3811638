package gr.integrity.register.browser;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.it.drills.DrillFigures;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application server restarts while an official is filling in a declaration (a deployment, a crash): every
 * session is gone. The official's next click is answered with the sign-in page saying the session expired and that
 * what was saved is kept; after signing in again the draft is there as last saved.
 */
@RunAsClient
class ServerRestartDrillBrowserIT extends FilingBrowserTest {

    @ArquillianResource
    private ManagementClient management;

    @Test
    void afterARestartTheNextClickAsksToSignInAgainAndTheSavedDraftIsThere() throws Exception {
        String official = DraftPages.fixture(base, "/it-fixtures/official");
        browser.signIn(official, FixtureServlet.PASSWORD);
        pages.start(DeclarationType.ASSET);
        pages.goToSection(AssetSchema.DEPOSITS);
        pages.addItem();
        new Select(browser.find("fieldset.item [id$='-kind'] select")).selectByValue("DEPOSIT");
        pages.fill("-amount", "7.300");
        pages.fill("-institution", "Alpha Bank");
        browser.navigate(browser.find("[id='edit:save']"));
        String draftPage = browser.address();

        long restartStarted = System.nanoTime();
        restartServer();
        double restartSeconds = (System.nanoTime() - restartStarted) / 1e9;

        // the next action on the page opened before the restart
        pages.fill("-amount", "7.400");
        browser.navigate(browser.find("[id='edit:save']"));
        assertTrue(browser.address().contains("/login.xhtml"), browser.address());
        assertTrue(browser.text("#sessionExpired").contains("Η συνεδρία σας έληξε"), browser.text("main"));

        browser.type("login:username", official);
        browser.type("login:password", FixtureServlet.PASSWORD);
        browser.submit("login:signIn");
        browser.openAddress(draftPage);
        assertEquals("7.300", pages.value("-amount"), "the draft as last saved");
        assertEquals("Alpha Bank", browser.find("fieldset.item [id$='-institution'] input").getAttribute("value"));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("serverBackAfterSeconds", Math.round(restartSeconds * 10) / 10.0);
        figures.put("savedDraftsLost", 0);
        DrillFigures.write("server-restart", figures);
    }

    /** Reloads the server (every service, sessions included, starts again) and waits until it serves pages. */
    private void restartServer() throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        management.getControllerClient().execute(reload);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // first down (the reload answers before it stops serving; a quick one may be missed, which is fine) ...
        Eventually.whileTrue(Duration.ofSeconds(20), () -> serving(http));
        // ... then up again
        Eventually.until("the server serves pages again", Duration.ofMinutes(3), () -> serving(http));
    }

    private boolean serving(HttpClient http) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException notYet) {
            return false; // the listener is closed
        }
    }
}
