package gr.integrity.register.opendata;

import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.common.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data dictionary of the bulk files: every table and its columns, in file order. Each column's description is
 * in the message bundles ({@code dictionary.<table>.<column>}), in Greek and English, and the open data page shows
 * them all.
 */
public final class OpenDataDictionary {

    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("officials", List.of("id", "name", "name_en", "posts"));
        TABLES.put("institutions", List.of("id", "name_el", "name_en", "kind"));
        TABLES.put("organisations", List.of("id", "name_el", "name_en", "category", "status", "eu_transparency_id",
                "registration_number", "website", "areas_of_interest"));
        TABLES.put("declaration_versions", List.of("declaration_id", "version_no", "type", "period_year", "official_id",
                "official", "declarant_kind", "declarant_id", "declarant", "receipt_number", "submitted_at", "superseded", "late", "withheld", "public_hash",
                "pdf_path", "content"));
        TABLES.put("meetings", PublicMeeting.COLUMNS);
        TABLES.put("withdrawals", List.of("declaration_id", "version_no", "receipt_number", "reason", "withdrawn_at"));
    }

    /** A column of a table, with its description in the reader's language. */
    public record Column(String table, String name, String description) {
    }

    private OpenDataDictionary() {
    }

    public static List<String> tables() {
        return List.copyOf(TABLES.keySet());
    }

    static List<String> columns(String table) {
        return TABLES.get(table);
    }

    public static List<Column> describe(Locale locale) {
        return TABLES.entrySet().stream().flatMap(t -> t.getValue().stream().map(c -> new Column(t.getKey(), c,
                Messages.text(locale, "dictionary." + t.getKey() + "." + c)))).toList();
    }
}
