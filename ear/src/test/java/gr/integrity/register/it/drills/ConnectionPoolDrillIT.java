package gr.integrity.register.it.drills;

import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.web.support.DatabaseUnavailable;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every connection of the pool is taken (a burst of slow work, a leak) and a visitor asks for a page: the request
 * waits the pool's blocking timeout at most and is answered 503 with Retry-After and a page that explains, instead
 * of hanging until the browser gives up; the API the same in JSON. Once the connections come back, pages are served
 * again without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionPoolDrillIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @Resource(lookup = "java:jboss/datasources/RegisterDS")
    private DataSource pool;

    @Test
    void anExhaustedPoolIsAnsweredQuicklyWith503AndServesAgainOnceConnectionsReturn() throws Exception {
        List<Connection> held = new ArrayList<>();
        long pageMillis;
        HttpResponse<String> page;
        HttpResponse<String> api;
        try {
            while (true) {
                try {
                    held.add(pool.getConnection());
                } catch (SQLException exhausted) {
                    assertTrue(DatabaseUnavailable.explains(exhausted), "the pool says it has no connection: " + exhausted);
                    break;
                }
                assertTrue(held.size() <= 500, "the pool has a limit");
            }
            long start = System.nanoTime();
            page = get("/search.xhtml?q=Athens");
            pageMillis = (System.nanoTime() - start) / 1_000_000;
            api = get("/api/v1/institutions?limit=5");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertEquals(503, page.statusCode(), "a page while no connection is free");
        assertEquals(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS), page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.body().contains("Προσωρινά μη διαθέσιμο"), "the page explains, in Greek");
        assertTrue(pageMillis < 30_000, "answered after the pool's wait, not left hanging: " + pageMillis + " ms");
        assertEquals(503, api.statusCode());
        assertTrue(api.body().contains("\"error\":\"unavailable\""), api.body());

        assertEquals(200, get("/search.xhtml?q=Athens").statusCode(), "served again once connections return");
        assertEquals(200, get("/api/v1/institutions?limit=5").statusCode());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("connectionsHeld", held.size());
        figures.put("pageAnsweredAfterMillis", pageMillis);
        figures.put("status", page.statusCode());
        DrillFigures.write("connection-pool", figures);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String base = System.getenv().getOrDefault("REGISTER_BASE_URL", "http://localhost:8180");
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
