package gr.integrity.register.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Excel workbooks (XLSX) read as a table, the way published registers export them: the first sheet, its header
 * the first row with at least three cells filled (a "File generated on" banner above it is skipped), dates in ISO
 * form, numbers as written. A workbook that cannot be read is refused with a message, never half read.
 */
public final class SpreadsheetFiles {

    private static final int MIN_HEADER_CELLS = 3;

    private SpreadsheetFiles() {
    }

    /** Whether the content is a ZIP container, as every XLSX file is. */
    static boolean isWorkbook(byte[] content) {
        return content != null && content.length > 4 && content[0] == 'P' && content[1] == 'K'
                && content[2] == 3 && content[3] == 4;
    }

    static CsvFiles.Table read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> header = null;
            List<ParsedFile.Row> rows = new ArrayList<>();
            int number = 0;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (header == null) {
                    if (cells.stream().filter(s -> !s.isBlank()).count() >= MIN_HEADER_CELLS) {
                        header = cells.stream().map(String::strip).toList();
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
                }
                rows.add(new ParsedFile.Row(++number, row.getRowNum() + 1, values));
            }
            if (header == null) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, "import.noHeader")));
            }
            return new CsvFiles.Table(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            // POI reports a damaged or foreign ZIP in many ways; to the user it is one thing: not a readable workbook
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.badWorkbook")));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).replace("\r\n", "\n");
    }
}
