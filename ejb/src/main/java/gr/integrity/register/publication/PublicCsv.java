package gr.integrity.register.publication;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the register writes CSV for the public (the API's lists, the meetings export, the open data files):
 * RFC 4180 with a header row, an empty cell for a missing value, and every text cell a spreadsheet would read as
 * a formula neutralised as OWASP describes, by a leading apostrophe: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return. Organisation names, meeting subjects and imported rows are
 * typed by people the register does not know; opened in a spreadsheet, {@code =HYPERLINK(...)} or
 * {@code =cmd|'/C calc'!A0} must stay text. Numbers are written as numbers, a negative amount stays negative.
 */
public final class PublicCsv implements Closeable, Flushable {

    private final CSVPrinter printer;

    public PublicCsv(Appendable out, List<String> columns) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    public void row(List<?> values) throws IOException {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        printer.printRecord(cells);
    }

    /** What a value becomes in a cell: nothing for null, a neutralised text for a text that looks like a formula. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return startsAFormula(text) ? "'" + text : text;
    }

    private static boolean startsAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
