package gr.integrity.register.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvFilesTest {

    private static final String HEADER = "member_name,role,role_start_date,role_end_date,gender\n";

    @Test
    void readsAUtf8FileWithItsHeaderAndLineNumbers() {
        byte[] content = (HEADER + "αγγελικη γκερεκου,υφυπουργος πολιτισμου,07/10/2009,21/05/2010,female\n")
                .getBytes(StandardCharsets.UTF_8);

        RowsRead.Table table = RowsRead.csv(content);

        assertEquals(5, table.header().size());
        assertEquals(1, table.rows().size());
        assertEquals("αγγελικη γκερεκου", table.rows().get(0).get("member_name"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumn() {
        byte[] content = ("\uFEFF" + HEADER + "a b,c,01/01/2020,,male\n").getBytes(StandardCharsets.UTF_8);
        assertEquals("member_name", RowsRead.csv(content).header().get(0));
    }

    @Test
    void aGreekFileInWindows1253IsRefusedAsNotUtf8() {
        byte[] content = (HEADER + "αγγελικη γκερεκου,υφυπουργος,07/10/2009,21/05/2010,female\n")
                .getBytes(Charset.forName("windows-1253"));

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> RowsRead.csv(content));

        assertEquals("import.notUtf8", rejected.getProblems().get(0).messageKey());
        assertEquals(2, rejected.getProblems().get(0).line());
    }

    @Test
    void aFileCutInsideAQuotedFieldIsRefused() {
        byte[] content = (HEADER + "\"αγγελικη γκερεκου,υφυπουργος").getBytes(StandardCharsets.UTF_8);

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> RowsRead.csv(content));

        assertEquals("import.malformed", rejected.getProblems().get(0).messageKey());
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreListedByLine() {
        byte[] content = (HEADER + "a b,c,01/01/2020,,male\nonly,three,fields\n").getBytes(StandardCharsets.UTF_8);

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> RowsRead.csv(content));

        assertEquals("import.fieldCount", rejected.getProblems().get(0).messageKey());
        assertEquals(3, rejected.getProblems().get(0).line());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(ImportRejectedException.class, () -> RowsRead.csv(new byte[0]));
    }
}
