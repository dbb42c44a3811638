package gr.integrity.register.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an uploaded CSV strictly: UTF-8 or nothing (a Greek file saved as Windows-1253 is refused with a message
 * naming the encoding, not imported as mojibake), a header row, the same number of fields in every row, and no
 * file that stops in the middle of a quoted field.
 */
public final class CsvFiles {

    public static final int MAX_BYTES = 30 * 1024 * 1024;

    private CsvFiles() {
    }

    /** A CSV file, or an XLSX workbook (recognised by its content, not its name), read as it streams past. */
    public static RowSource readAny(byte[] content) {
        if (SpreadsheetFiles.isWorkbook(content) && content.length <= MAX_BYTES) {
            return SpreadsheetFiles.read(content);
        }
        return read(content);
    }

    /**
     * A CSV file: its encoding and header are checked at once, its rows as they are read (up to 50 rows of the
     * wrong form are listed before the pass gives up).
     */
    public static RowSource read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        checkUtf8(content);
        List<String> header;
        try (CSVParser parser = parser(content)) {
            header = parser.getHeaderNames();
        } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.malformed")));
        }
        if (header.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, "import.noHeader")));
        }
        return new Rows(content, header);
    }

    private static CSVParser parser(byte[] content) throws IOException {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        return CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8), format);
    }

    private record Rows(byte[] content, List<String> header) implements RowSource {

        @Override
        public void forEach(Consumer<FileRow> consumer) {
            List<ImportProblem> problems = new ArrayList<>();
            try (CSVParser parser = parser(content)) {
                int number = 0;
                for (CSVRecord record : parser) {
                    number++;
                    int line = (int) record.getParser().getCurrentLineNumber();
                    if (!record.isConsistent()) {
                        problems.add(new ImportProblem(line, "import.fieldCount", record.size(), header.size()));
                        if (problems.size() >= 50) {
                            break;
                        }
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String column : header) {
                        values.put(column, record.get(column));
                    }
                    consumer.accept(new FileRow(number, line, values));
                }
            } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
                // commons-csv reports a file cut in the middle of a quoted field, or a broken header, this way
                throw new ImportRejectedException(List.of(new ImportProblem(0, "import.malformed")));
            }
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
        }

        @Override
        public void close() {
        }
    }

    /** Refuses a file that is not UTF-8, naming the line of the first byte that is not, without decoding it whole. */
    static void checkUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ImportRejectedException(List.of(new ImportProblem(lineOfByte(content, in.position()),
                        "import.notUtf8")));
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.notUtf8")));
        }
    }

    private static int lineOfByte(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
