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
}
