package gr.integrity.register.importing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of an uploaded file: its number among the file's rows, the line it started on, and its values by column. */
public record FileRow(int number, int line, Map<String, String> values) {

    /** The value trimmed, no-break spaces included (spreadsheets keep them where CSV exports drop them). */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.replace('\u00a0', ' ').strip();
    }

    /** The values as a JSON object, in the file's column order: how a row waits in the database. */
    public String valuesJson() {
        return Json.BOUND.toJson(new LinkedHashMap<>(values));
    }

    /** The values a {@link #valuesJson()} stored, in their order. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> valuesOf(String json) {
        return new LinkedHashMap<>((Map<String, String>) Json.BOUND.fromJson(json, LinkedHashMap.class));
    }

    /** Made on first use (by the server's JSON-B), thread-safe once made and costly to make: one for all rows. */
    private static final class Json {
        static final Jsonb BOUND = JsonbBuilder.create();
    }
}
