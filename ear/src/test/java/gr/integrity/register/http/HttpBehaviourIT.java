package gr.integrity.register.http;

import gr.integrity.register.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What any HTTP client sees: security headers, refusals that are never 500, and the health endpoint. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpBehaviourIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void pagesCarryTheSecurityHeadersAndAPerResponseScriptNonce() throws Exception {
        HttpResponse<String> first = get("/");
        HttpResponse<String> second = get("/");

        assertEquals(200, first.statusCode());
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'none'"));
        assertTrue(policy.contains("script-src 'self' 'nonce-"));
        assertFalse(policy.contains("unsafe-inline'; script") || policy.matches(".*script-src[^;]*unsafe-inline.*"));
        assertTrue(!policy.equals(second.headers().firstValue("Content-Security-Policy").orElseThrow()),
                "the nonce must change with every response");
        assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", first.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("DENY", first.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(first.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void aPostWithAForgedViewStateIsRefusedAsABadRequestWithoutInternals() throws Exception {
        HttpResponse<String> response = post("/login.xhtml", "application/x-www-form-urlencoded",
                "login=login&login%3Ausername=admin&login%3Apassword=x&login%3AsignIn=&jakarta.faces.ViewState=forged%3A123");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Η συνεδρία έληξε"));
        assertFalse(response.body().contains("Caused by"));
        assertFalse(response.body().contains(".java:"));
    }

    @Test
    void anAdministrationPageSendsAnAnonymousVisitorToSignIn() throws Exception {
        HttpResponse<String> response = get("/admin/index.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        assertEquals("HTTP/1.1 413", announce("/admin/imports/list.xhtml", 41_943_040));
        assertEquals("HTTP/1.1 413", announce("/index.xhtml", 40_000_000));
    }

    /** Announces a body of that size and sends none of it: the answer must come from the announcement alone. */
    private String announce(String path, long length) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return statusLine.substring(0, 12);
        }
    }

    @Test
    void theHealthEndpointReportsTheDatabaseReady() throws Exception {
        HttpResponse<String> response = get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\"}}", response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }
}
