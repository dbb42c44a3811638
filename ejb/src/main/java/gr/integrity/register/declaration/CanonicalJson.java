package gr.integrity.register.declaration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a declaration's content, which its hash is computed over: object keys sorted (by UTF-16
 * code units, as RFC 8785 does), no insignificant whitespace, strings escaped one way only, blank values left out.
 * All values are strings, so there is no number formatting to disagree about. The same content always gives the
 * same bytes, on any server, in any year.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(DeclarationContent content) {
        StringBuilder out = new StringBuilder(256 + content.itemCount() * 200);
        out.append("{\"header\":");
        writeStrings(out, content.getHeader());
        out.append(",\"sections\":{");
        boolean first = true;
        for (var section : new TreeMap<>(content.getSections()).entrySet()) {
            if (section.getValue().isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, section.getKey());
            out.append(":[");
            boolean firstItem = true;
            for (DeclarationContent.Item item : section.getValue()) {
                if (!firstItem) {
                    out.append(',');
                }
                firstItem = false;
                out.append("{\"id\":");
                string(out, item.getId());
                out.append(",\"values\":");
                writeStrings(out, item.getValues());
                out.append('}');
            }
            out.append(']');
        }
        return out.append("}}").toString();
    }

    /** A map of strings as a canonical JSON object (also used for confirmations and figures). */
    public static String writeStrings(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        writeStrings(out, values);
        return out.toString();
    }

    public static DeclarationContent read(String json) {
        DeclarationContent content = new DeclarationContent();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            JsonObject header = root.getJsonObject("header");
            if (header != null) {
                header.forEach((key, value) -> content.getHeader().put(key, text(value)));
            }
            JsonObject sections = root.getJsonObject("sections");
            if (sections != null) {
                for (var section : sections.entrySet()) {
                    List<DeclarationContent.Item> items = content.items(section.getKey());
                    for (JsonValue value : (JsonArray) section.getValue()) {
                        JsonObject object = value.asJsonObject();
                        DeclarationContent.Item item = new DeclarationContent.Item(object.getString("id"));
                        JsonObject values = object.getJsonObject("values");
                        if (values != null) {
                            values.forEach((key, v) -> item.getValues().put(key, text(v)));
                        }
                        items.add(item);
                    }
                }
            }
        }
        return content;
    }

    public static Map<String, String> readStrings(String json) {
        Map<String, String> values = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((key, value) -> values.put(key, text(value)));
        }
        return values;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static void writeStrings(StringBuilder out, Map<String, String> values) {
        out.append('{');
        boolean first = true;
        List<String> keys = new ArrayList<>(values.keySet());
        keys.sort(null);
        for (String key : keys) {
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, key);
            out.append(':');
            string(out, value);
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
