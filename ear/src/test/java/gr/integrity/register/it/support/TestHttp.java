package gr.integrity.register.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The HTTP client of the tests that read the register over HTTP as a client program would: HTTP/1.1 (an h2c
 * upgrade adds nothing here, and the server may end an upgraded connection with GOAWAY during a long request) and
 * limits sized for a loaded two-core machine, so that a slow answer is waited for and a lost one fails the test
 * instead of hanging it.
 */
public final class TestHttp {

    public static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    /** How long one answer may take: long enough for an export or the first PDF on a busy machine. */
    public static final Duration ANSWER = Duration.ofMinutes(3);

    private TestHttp() {
    }

    /** A GET (or, with a method set on the builder, anything else) of that address, with the answer's limit. */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(ANSWER);
    }

    public static HttpRequest.Builder request(String uri) {
        return request(URI.create(uri));
    }

    /**
     * Asks the test deployment's FixtureServlet for data of its own (a test running outside the server cannot call
     * the fixtures' EJBs) and answers what it made: a user name, an id, a receipt number. It has minutes to
     * answer: a fixture may import the Commission's meetings first.
     */
    public static String fixture(java.net.URL base, String path) throws Exception {
        java.net.http.HttpResponse<String> made = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path)).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, made.statusCode(), made.body());
        return made.body().strip();
    }
}
