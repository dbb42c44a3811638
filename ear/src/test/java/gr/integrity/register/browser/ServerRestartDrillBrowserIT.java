package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
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
 * The application server restarts while an official is filling in a declaration (a deployment, a crash), and the
 * transparency log's tree, rebuilt at start, still proves what the head signed before proved. Every
 * session is gone. The official's next click is answered with the sign-in page saying the session expired and that
 * what was saved is kept; after signing in again the draft is there as last saved.
 */
@RunAsClient
class ServerRestartDrillBrowserIT extends FilingBrowserTest {

    @ArquillianResource
    private ManagementClient management;

    @Test
    void afterARestartTheNextClickAsksToSignInAgainAndTheSavedDraftIsThere() throws Exception {
        String official = TestHttp.fixture(base, "/it-fixtures/official");
        browser.signIn(official, FixtureServlet.PASSWORD);
        pages.start(DeclarationType.ASSET);
        pages.goToSection(AssetSchema.DEPOSITS);
        pages.addItem();
        new Select(browser.find("fieldset.item [id$='-kind'] select")).selectByValue("DEPOSIT");
        pages.fill("-amount", "7.300");
        pages.fill("-institution", "Alpha Bank");
        browser.navigate(browser.find("[id='edit:save']"));
        String draftPage = browser.address();

        // a filing in the transparency log before the restart, and the signed head that holds it
        String receipt = TestHttp.fixture(base, "/it-fixtures/filing");
        Eventually.until("the filing is in a signed tree head", Duration.ofSeconds(90),
                () -> get("/log/v1/proof?receipt=" + receipt).statusCode() == 200);
        String head = get("/log/v1/sth").body();
        int size = Integer.parseInt(field(head, "tree_size"));

        long restartStarted = System.nanoTime();
        restartServer();
        double restartSeconds = (System.nanoTime() - restartStarted) / 1e9;

        // the tree rebuilt from the database at start proves the filing against the head signed before
        String proof = get("/log/v1/proof?receipt=" + receipt + "&size=" + size).body();
        java.util.HexFormat hex = java.util.HexFormat.of();
        java.util.List<byte[]> path = java.util.regex.Pattern.compile("[0-9a-f]{64}")
                .matcher(proof.replaceAll(".*\"audit_path\":\\[([^\\]]*)\\].*", "$1")).results()
                .map(m -> hex.parseHex(m.group())).toList();
        assertTrue(gr.integrity.register.transparency.MerkleTree.verifyInclusion(hex.parseHex(field(proof, "leaf_hash")),
                Integer.parseInt(field(proof, "leaf_index")), size, path, hex.parseHex(field(head, "root_hash"))),
                "the same tree after the restart: " + proof);

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

    private HttpResponse<String> get(String path) throws Exception {
        return gr.integrity.register.it.support.TestHttp.CLIENT.send(gr.integrity.register.it.support.TestHttp.request(
                URI.create(base.toString().replaceAll("/$", "") + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A number or string field of the log's flat JSON. */
    private static String field(String json, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
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
