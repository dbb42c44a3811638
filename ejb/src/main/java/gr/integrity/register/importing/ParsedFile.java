package gr.integrity.register.importing;

import java.util.List;
import java.util.Map;

/** A validated file: its kind and its rows (column name to value), each with the line it started on. */
public record ParsedFile(ImportKind kind, List<Row> rows) {

    public record Row(int number, int line, Map<String, String> values) {

        /** The value trimmed, no-break spaces included (spreadsheets keep them where CSV exports drop them). */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.replace('\u00a0', ' ').strip();
        }
    }
}
