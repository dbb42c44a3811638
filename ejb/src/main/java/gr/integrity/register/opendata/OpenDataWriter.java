package gr.integrity.register.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

    <T> void table(OpenDataTable<T> table) throws IOException {
        zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
        Writer csvOut = new OutputStreamWriter(new Unclosable(zip), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(csvOut, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get());
        Object cursor = null;
        do {
            OpenDataTable.Page<T> page = table.pager().next(cursor);
            for (T item : page.items()) {
                csv.printRecord(table.row().apply(item).stream().map(v -> v == null ? "" : v).toList());
                records++;
            }
            csv.flush();
            cursor = page.next();
        } while (cursor != null);
        csv.close();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(table.name() + ".json"));
        try (JsonGenerator json = Json.createGenerator(new Unclosable(zip))) {
            json.writeStartArray();
            cursor = null;
            do {
                OpenDataTable.Page<T> page = table.pager().next(cursor);
                for (T item : page.items()) {
                    json.writeStartObject();
                    List<Object> values = table.row().apply(item);
                    for (int i = 0; i < values.size(); i++) {
                        write(json, table.columns().get(i), values.get(i));
                    }
                    json.writeEnd();
                }
                json.flush();
                cursor = page.next();
            } while (cursor != null);
            json.writeEnd();
        }
        zip.closeEntry();
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

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Long || value instanceof Integer) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.write(name, d);
        } else if (value instanceof RawJson raw) {
            json.write(name, Json.createReader(new java.io.StringReader(raw.json())).readValue());
        } else {
            json.write(name, value.toString());
        }
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
