package gr.integrity.register.importing;

import java.util.ArrayList;
import java.util.List;

/** Reads a file's rows into a list, for tests that look at them all (the register itself never holds them). */
public final class RowsRead {

    private RowsRead() {
    }

    public record Table(List<String> header, List<FileRow> rows) {
    }

    public static Table csv(byte[] content) {
        return all(CsvFiles.read(content));
    }

    public static Table workbook(byte[] content) {
        return all(SpreadsheetFiles.read(content));
    }

    /** Every row of the file, in order, with the source closed after. */
    public static Table all(RowSource source) {
        try (source) {
            List<FileRow> rows = new ArrayList<>();
            source.forEach(rows::add);
            return new Table(source.header(), rows);
        }
    }
}
