package gr.integrity.register.importing;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * Reads the first sheet as it streams past (POI's event model: the sheet's XML is parsed row by row, no model
     * of the workbook's cells is built and no row is kept), so that a 30 MB upload costs about the same whatever
     * its rows. The header is read at once; each pass over the rows parses the sheet again.
     */
    static RowSource read(byte[] content) {
        Path copy;
        // from a file, not a stream: POI reads a stream's ZIP entries whole into memory and refuses an entry over
        // 100 MB, which the sheet of a 30 MB workbook is; from a file each entry is read as it is parsed
        try {
            copy = Files.createTempFile("import-", ".xlsx", ownerOnly());
            Files.write(copy, content);
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.noRoom")));
        }
        Sheet sheet = new Sheet(copy);
        try {
            sheet.header = sheet.parse(null);
            return sheet;
        } catch (RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    /** Readable by the server's account only where the file system has owners; elsewhere, as the system makes it. */
    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new java.nio.file.attribute.FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** A workbook's first sheet, from its temporary copy (deleted on close). */
    private static final class Sheet implements RowSource {

        private final Path copy;
        private List<String> header;

        Sheet(Path copy) {
            this.copy = copy;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public void forEach(Consumer<FileRow> consumer) {
            parse(consumer);
        }

        /** One pass over the sheet; without a consumer it stops at the header and answers it. */
        private List<String> parse(Consumer<FileRow> consumer) {
            Rows rows = new Rows(consumer);
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new ImportRejectedException(List.of(new ImportProblem(1, "import.noHeader")));
                }
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), rows, new IsoDates(), false));
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                }
            } catch (Exception e) {
                // the SAX parser may pass on what the row handler threw wrapped: look through the causes
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof HeaderRead) {
                        return rows.header;
                    }
                    if (t instanceof ImportRejectedException rejected) {
                        throw rejected;
                    }
                    if (t instanceof RowNotTaken notTaken) {
                        throw notTaken.failure;
                    }
                }
                // POI reports a damaged or foreign ZIP in many ways; to the user it is one thing: not a readable workbook
                throw new ImportRejectedException(List.of(new ImportProblem(0, "import.badWorkbook")));
            }
            if (rows.header == null) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, "import.noHeader")));
            }
            return rows.header;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // java.io.tmpdir is cleaned by the system; the copy holds only what was uploaded
            }
        }
    }

    /** What the one a row was handed to threw (a failed insert, say): passed on as it is, not as a bad workbook. */
    private static final class RowNotTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final RuntimeException failure;

        RowNotTaken(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Ends a pass once the header is read, when that is all a pass is for. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    /**
     * The rows as the sheet gives them: the header is the first row with enough cells filled, blank rows are
     * skipped, a cell the sheet leaves out is empty, and each row keeps the line it has in the sheet.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<FileRow> consumer;
        private List<String> header;
        private List<String> cells;
        private int number;

        Rows(Consumer<FileRow> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.replace("\r\n", "\n"));
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (cells.stream().filter(s -> !s.isBlank()).count() >= MIN_HEADER_CELLS) {
                    header = cells.stream().map(String::strip).toList();
                    if (consumer == null) {
                        throw new HeaderRead();
                    }
                }
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            try {
                consumer.accept(new FileRow(++number, rowNum + 1, values));
            } catch (ImportRejectedException rejected) {
                throw rejected;
            } catch (RuntimeException e) {
                throw new RowNotTaken(e);
            }
        }
    }

    /** Numbers as written, dates (a number in a date format) in ISO form. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
