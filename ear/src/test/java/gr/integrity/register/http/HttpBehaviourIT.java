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
import java.util.List;

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
    void aLargeBodyIsAcceptedOnlyWhereFilesAreUploaded() throws Exception {
        // a sign-in form, or any page that takes no file, has no use for megabytes
        assertEquals("HTTP/1.1 413", announce("/login.xhtml", 5_000_000));
        assertEquals("HTTP/1.1 413", announce("/api/v1/organisations", 5_000_000));
        // an upload page takes as much (here an anonymous visitor is then sent to sign in)
        byte[] file = new byte[5_000_000];
        java.util.Arrays.fill(file, (byte) 'a');
        byte[] form = multipart(file);
        assertEquals(302, upload("/admin/imports/list.xhtml", form).statusCode());
        // a body that is no multipart form at all is the sender's mistake, not the server's
        HttpResponse<String> garbled = upload("/admin/imports/list.xhtml", new byte[200_000]);
        assertEquals(400, garbled.statusCode());
        assertFalse(garbled.body().contains("Caused by") || garbled.body().contains(".java:"), garbled.body());
    }

    @Test
    void aBodyInChunksThatAnnouncesNoLengthIsTakenOnlyWhereFilesAreUploaded() throws Exception {
        // 6 MB on its way in chunks, with no length to refuse it by: the sign-in page answers before reading any of it
        String signIn = sendInChunks("/login.xhtml", "application/x-www-form-urlencoded");
        assertTrue(signIn.startsWith("HTTP/1.1 411"), signIn);
        assertTrue(signIn.contains("Content-Length") && signIn.contains("lang=\"el\""), signIn);
        // a multipart body is no way around it on a page that takes no file
        assertTrue(sendInChunks("/index.xhtml", "multipart/form-data; boundary=xyz").startsWith("HTTP/1.1 411"));
        // while an upload page reads a file sent in chunks (an anonymous visitor is then sent to sign in)
        byte[] file = new byte[6_000_000];
        java.util.Arrays.fill(file, (byte) 'a');
        byte[] form = multipart(file);
        HttpResponse<String> upload = CLIENT.send(HttpRequest.newBuilder(uri("/admin/imports/list.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, upload.statusCode(), upload.body());

    }

    /**
     * Starts a chunked body and sends its first chunk only: the answer (the whole of it, as text) must come without
     * the server waiting for the rest.
     */
    private String sendInChunks(String path, String contentType) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n" + "a".repeat(0x10000) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> upload(String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipart(byte[] file) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"officials.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
        out.writeBytes("\r\n--xyz--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void everyAnswerCarriesOneContentSecurityPolicyPagesTheirOwnEverythingElseTheDefault() throws Exception {
        HttpResponse<String> page = get("/meetings.xhtml");
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), page.headers().toString());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'nonce-"));
        for (String path : List.of("/api/v1/organisations?limit=1", "/api/v1/organisations?limit=1&format=csv",
                "/feeds/filings.atom", "/api-browser.html", "/declarations/document?id=999999999&sha=" + "ab".repeat(32),
                "/no-such-page.xhtml")) {
            HttpResponse<String> answer = get(path);
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), path + ": " + policies);
            assertFalse(policies.get(0).matches(".*script-src[^;]*unsafe-inline.*"), path + ": " + policies);
        }
        // plain HTTP without a TLS proxy in front: no HSTS, which would be a promise the site cannot keep
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void overHttpsAnswersCarryStrictTransportSecurity() throws Exception {
        // the server's HTTPS listener, at the same port offset as HTTP (8443 beside 8080)
        String head = rawGet(base.getHost(), "/", base.getPort() - 8080 + 8443, true);
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("strict-transport-security: max-age=31536000"), head);
    }

    @Test
    void aForgedHostHeaderDoesNotBecomeTheLinksTheRegisterHandsOut() throws Exception {
        String api = rawGet("attacker.example", "/api/v1/declarations?limit=1", base.getPort(), false);
        assertTrue(api.startsWith("HTTP/1.1 200"), api);
        assertFalse(api.contains("attacker.example"), api);
        String configured = "http://localhost:" + base.getPort();
        assertTrue(api.contains("\"url\":\"" + configured + "/declaration.xhtml?id="), "links name the configured address: " + api);
        String feed = rawGet("attacker.example", "/feeds/filings.atom", base.getPort(), false);
        assertTrue(feed.startsWith("HTTP/1.1 200"), feed);
        assertFalse(feed.contains("attacker.example"), feed);
    }

    /** A GET sent by hand, so that its Host header can be anything; answers the whole answer as text. */
    private static String rawGet(String host, String path, int port, boolean tls) throws Exception {
        Socket socket = tls ? trustingEveryCertificate().getSocketFactory().createSocket("localhost", port)
                : new Socket("localhost", port);
        try (socket) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The test server's certificate is its own, made for localhost on first use: the test trusts it as it is. */
    private static javax.net.ssl.SSLContext trustingEveryCertificate() throws Exception {
        javax.net.ssl.X509TrustManager any = new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[]{any}, new java.security.SecureRandom());
        return context;
    }

    @Test
    void theHealthChecksReportReadinessByTheDatabaseAndLivenessInMicroProfileHealthsForm() throws Exception {
        HttpResponse<String> all = get("/health");
        assertEquals(200, all.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"},"
                + "{\"name\":\"register\",\"status\":\"UP\"}]}", all.body());

        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", ready.body());
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"register\",\"status\":\"UP\"}]}", live.body());
        assertEquals("no-store", all.headers().firstValue("Cache-Control").orElse(""));
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
