package gr.integrity.register.importing;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbooks as published registers write them, read row by row as the sheet streams past. */
class SpreadsheetFilesTest {

    @Test
    void aBannerIsSkippedDatesAreIsoNumbersAsWrittenAndLeftOutCellsEmpty() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Meetings");
            sheet.createRow(0).createCell(0).setCellValue("File generated on 01/12/2026");
            Row header = sheet.createRow(2);
            List.of("Date", "Amount", "Name", "Subject").forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(LocalDate.of(2023, 6, 9));
            first.getCell(0).setCellStyle(date);
            first.createCell(1).setCellValue(1250.5);
            first.createCell(3).setCellValue("Ενέργεια\r\nκαι κλίμα");
            // row 5 is left blank, row 6 has only its name
            sheet.createRow(5).createCell(2).setCellValue("Ένωση Καταναλωτών");
            workbook.write(out);
            file = out.toByteArray();
        }

        RowsRead.Table table = RowsRead.workbook(file);

        assertEquals(List.of("Date", "Amount", "Name", "Subject"), table.header());
        assertEquals(2, table.rows().size());
        FileRow first = table.rows().get(0);
        assertEquals(4, first.line(), "the line it has in the sheet");
        assertEquals("2023-06-09", first.get("Date"));
        assertEquals("1250.5", first.get("Amount"));
        assertEquals("", first.get("Name"), "a cell the sheet leaves out");
        assertEquals("Ενέργεια\nκαι κλίμα", first.get("Subject"));
        assertEquals(6, table.rows().get(1).line());
        assertEquals("Ένωση Καταναλωτών", table.rows().get(1).get("Name"));
        assertEquals("", table.rows().get(1).get("Date"));
    }

    @Test
    void aWorkbookWhoseSheetUnpacksToOver100MegabytesIsRead() throws IOException {
        // an upload under the 30 MB limit whose sheet is 110 MB of XML once unpacked: read from a stream, POI
        // refused the entry (and the model of its cells took gigabytes); read from a file, row by row, it is taken
        int count = 25_000;
        // words drawn at random, so that the sheet packs as real text does (POI takes a file packing a hundred
        // times or more for a zip bomb)
        String[] words = "energy market transparency register consultation policy climate water transport health digital"
                .split(" ");
        java.util.Random random = new java.util.Random(7);
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Number");
            header.createCell(1).setCellValue("Name");
            header.createCell(2).setCellValue("Subject");
            for (int i = 1; i <= count; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("Οργανισμός " + i);
                StringBuilder subject = new StringBuilder(i + " Consultation");
                while (subject.length() < 4_500) {
                    subject.append(' ').append(words[random.nextInt(words.length)]);
                }
                row.createCell(2).setCellValue(subject.toString());
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        assertTrue(file.length < 30 * 1024 * 1024, "within the upload limit: " + file.length);

        RowsRead.Table table = RowsRead.workbook(file);

        assertEquals(count, table.rows().size());
        assertEquals("25000", table.rows().get(count - 1).get("Number"));
        assertEquals("Οργανισμός 25000", table.rows().get(count - 1).get("Name"));
        assertTrue(table.rows().get(count - 1).get("Subject").startsWith("25000 Consultation"));
    }

    @Test
    void rowsAreHandedOnOneByOneAsTheSheetIsReadAndEachPassStartsAgain() throws IOException {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List.of("Number", "Name", "Subject").forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            for (int i = 1; i <= 1_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("Οργανισμός " + i);
                row.createCell(2).setCellValue("Διαβούλευση " + i);
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        try (RowSource source = SpreadsheetFiles.read(file)) {
            assertEquals(List.of("Number", "Name", "Subject"), source.header());
            // the receiver has each row while the sheet is still being read: when it fails on the third (a refused
            // insert, say), the pass ends there, and its failure is passed on as it is, not as a bad workbook
            List<Integer> seen = new java.util.ArrayList<>();
            IllegalStateException refused = new IllegalStateException("the database refused the row");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> source.forEach(row -> {
                seen.add(row.number());
                if (row.number() == 3) {
                    throw refused;
                }
            }));
            assertSame(refused, thrown);
            assertEquals(List.of(1, 2, 3), seen);
            int[] rows = {0};
            source.forEach(row -> rows[0]++);
            assertEquals(1_000, rows[0], "a second pass reads the whole sheet again");
        }
    }

    @Test
    void aDamagedWorkbookIsRefusedAsUnreadable() {
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        ImportRejectedException refused = assertThrows(ImportRejectedException.class, () -> RowsRead.workbook(damaged));
        assertEquals("import.badWorkbook", refused.getProblems().get(0).messageKey());
    }
}
