package gr.integrity.register.web.api.v1;

import gr.integrity.register.platform.Hashing;
import gr.integrity.register.publication.PublicCsv;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the API answers: a list is a JSON object with its items, the cursor of the next page and the limit (or the
 * same rows as CSV); every answer carries an ETag of its bytes, so a client that sends it back with
 * {@code If-None-Match} gets 304 and nothing to download when nothing changed.
 */
final class ApiResponses {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");
    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private ApiResponses() {
    }

    /** One record as JSON. */
    static Response item(Request request, Object item) {
        return answer(request, JSON.toJson(item), MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * One record as JSON that knows when it last changed (a declaration: its latest version): also answered with
     * Last-Modified, and {@code If-Modified-Since} is honoured as well as {@code If-None-Match}.
     */
    static Response item(Request request, Object item, java.time.Instant lastModified) {
        String body = JSON.toJson(item);
        EntityTag tag = new EntityTag(Hashing.sha256Hex(body));
        // HTTP dates have whole seconds
        java.util.Date modified = java.util.Date.from(lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null) {
            return unchanged.tag(tag).lastModified(modified).cacheControl(CACHE).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).lastModified(modified).cacheControl(CACHE)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A page of a list, as JSON or as CSV with the columns given (one row per item). */
    static <T> Response list(Request request, boolean csv, List<T> items, String next, int limit,
                             List<String> columns, Function<T, List<Object>> row) {
        if (csv) {
            StringWriter out = new StringWriter();
            try (PublicCsv printer = new PublicCsv(out, columns)) {
                for (T item : items) {
                    printer.row(row.apply(item));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Response.ResponseBuilder answer = conditional(request, out.toString(), CSV);
            return (next == null ? answer : answer.header("X-Next-Cursor", next)).build();
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", next);
        page.put("limit", limit);
        return answer(request, JSON.toJson(page), MediaType.APPLICATION_JSON_TYPE);
    }

    private static Response answer(Request request, String body, MediaType type) {
        return conditional(request, body, type).build();
    }

    private static Response.ResponseBuilder conditional(Request request, String body, MediaType type) {
        EntityTag tag = new EntityTag(Hashing.sha256Hex(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(CACHE);
        }
        return Response.ok(body, type).tag(tag).cacheControl(CACHE).header("X-Content-Type-Options", "nosniff");
    }
}
