package gr.integrity.register.lobbying;

import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.RowsRead;
import gr.integrity.register.lobbying.importing.EcMeetingsImporterAccess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Commission's real export, read as the importer reads it before anything is written. */
class EcMeetingsFileTest {

    @Test
    void theWorkbookAndItsCsvTwinGiveTheSame12482Meetings() throws IOException {
        RowsRead.Table workbook = EcMeetingsImporterAccess.parse(resource("/data/eu_ec_meetings_interest_representatives_2019_2023.xlsx"));
        RowsRead.Table csv = EcMeetingsImporterAccess.parse(resource("/data/eu_ec_meetings_interest_representatives_2019_2023.csv"));
        assertEquals(12_482, workbook.rows().size());
        assertEquals(12_482, csv.rows().size());
        // the same values, so the same meetings whichever of the two is imported (cells are read trimmed)
        for (int i = 0; i < csv.rows().size(); i++) {
            for (String column : csv.rows().get(i).values().keySet()) {
                assertEquals(csv.rows().get(i).get(column), workbook.rows().get(i).get(column), "row " + i + " " + column);
            }
        }
    }

    @Test
    void packedCellsAreSplitByTheirIdsKeepingLeadingZerosAndCommasInNames() throws IOException {
        RowsRead.Table file = EcMeetingsImporterAccess.parse(resource("/data/eu_ec_meetings_interest_representatives_2019_2023.csv"));
        long multi = file.rows().stream().filter(r -> EcMeetingsImporterAccess.organisations(r).size() > 1).count();
        assertEquals(1_589, multi, "rows that met several organisations");
        // every ID of every row is kept, each once
        for (FileRow row : file.rows()) {
            Map<String, String> organisations = EcMeetingsImporterAccess.organisations(row);
            assertTrue(!organisations.isEmpty(), "row " + row.line());
            organisations.forEach((id, name) -> assertTrue(id.matches("\\d{8,12}-\\d{2}") && !name.isBlank(),
                    id + " " + name));
        }
        FileRow ukraine = file.rows().get(2);
        assertEquals(Map.of("035251049170-22", "The International Center for Ukrainian Victory"),
                EcMeetingsImporterAccess.organisations(ukraine));
        assertTrue(file.rows().stream().anyMatch(r -> r.get("Subject of the meeting").contains("\n")),
                "line breaks in subjects are kept");
    }

    @Test
    void aFileWithAMalformedIdIsRefusedWhole() {
        String csv = "Name of cabinet,Name of EC representative,Title of EC representative,Portfolio,Date of meeting,"
                + "Location,Name of interest representative,Transparency register ID,Subject of the meeting\n"
                + "Cabinet of Commissioner A,Anna B,Cabinet member,Energy,2023-06-09,Brussels,Org A,3978240953-79,Energy\n"
                + "Cabinet of Commissioner A,Anna B,Cabinet member,Energy,2023-06-08,Brussels,Org B,39782-79,Energy\n";
        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> EcMeetingsImporterAccess.parse(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, refused.getProblems().size());
        assertEquals("import.badTransparencyId", refused.getProblems().get(0).messageKey());
        assertEquals(3, refused.getProblems().get(0).line());
    }

    @Test
    void aMeetingInTheFutureIsRefused() {
        String csv = "Name of cabinet,Name of EC representative,Title of EC representative,Portfolio,Date of meeting,"
                + "Location,Name of interest representative,Transparency register ID,Subject of the meeting\n"
                + "Cabinet of Commissioner A,Anna B,Cabinet member,Energy,2099-06-09,Brussels,Org A,3978240953-79,Energy\n";
        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> EcMeetingsImporterAccess.parse(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.futureDate", refused.getProblems().get(0).messageKey());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = EcMeetingsFileTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

}
