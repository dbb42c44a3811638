package gr.integrity.register.opendata;

import gr.integrity.register.publication.PublicCsv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables into a zip as CSV and JSON, page by page: nothing but the current page is ever in memory. The JSON
 * of a table is an array of objects keyed by the CSV's column names, with the same values.
 */
final class OpenDataWriter {

    private final ZipOutputStream zip;
    private long records;

    OpenDataWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void text(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * One pass over the table: each page read once, its rows written to the CSV entry and, as JSON, to a temporary
     * file that becomes the JSON entry once the CSV is complete (a zip takes its entries one after the other).
     * Reading every page twice, once per format, had doubled the export's time.
     */
    <T> void table(OpenDataTable<T> table) throws IOException {
        Path json = Files.createTempFile("open-data-", ".json");
        try {
            zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
            Writer csvOut = new OutputStreamWriter(new Unclosable(zip), StandardCharsets.UTF_8);
            PublicCsv csv = new PublicCsv(csvOut, table.columns());
            try (Writer jsonOut = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                jsonOut.write('[');
                boolean first = true;
                Object cursor = null;
                do {
                    OpenDataTable.Page<T> page = table.pager().next(cursor);
                    for (T item : page.items()) {
                        List<Object> values = table.row().apply(item);
                        csv.row(values);
                        jsonOut.write(first ? "\n" : ",\n");
                        object(jsonOut, table.columns(), values);
                        first = false;
                        records++;
                    }
                    csv.flush();
                    cursor = page.next();
                } while (cursor != null);
                jsonOut.write(first ? "]" : "\n]");
            }
            csv.close();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(table.name() + ".json"));
            Files.copy(json, zip);
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /** Rows written to CSV (each also in the JSON). */
    long records() {
        return records;
    }

    /** Ends the zip (its directory) and pushes every byte through to the file. */
    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** A row as a JSON object keyed by the column names; a declaration's content goes in as the JSON it is. */
    private static void object(Writer out, List<String> columns, List<Object> values) throws IOException {
        out.write('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            string(out, columns.get(i));
            out.write(':');
            Object value = values.get(i);
            if (value == null) {
                out.write("null");
            } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
                out.write(value.toString());
            } else if (value instanceof BigDecimal d) {
                out.write(d.toString());
            } else if (value instanceof RawJson raw) {
                out.write(raw.json());
            } else {
                string(out, value.toString());
            }
        }
        out.write('}');
    }

    /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped, everything else as it is. */
    private static void string(Writer out, String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    /** A value already written as JSON (a declaration's redacted content): in CSV as text, in JSON as itself. */
    record RawJson(String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    /** Lets a writer be closed (to flush it) without closing the zip under it. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
