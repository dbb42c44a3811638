package gr.integrity.register.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded CSV strictly: UTF-8 or nothing (a Greek file saved as Windows-1253 is refused with a message
 * naming the encoding, not imported as mojibake), a header row, the same number of fields in every row, and no
 * file that stops in the middle of a quoted field.
 */
public final class CsvFiles {

    public static final int MAX_BYTES = 30 * 1024 * 1024;

    private CsvFiles() {
    }

    public record Table(List<String> header, List<ParsedFile.Row> rows) {
    }

    /** A CSV file, or an XLSX workbook (recognised by its content, not its name), as a table. */
    public static Table readAny(byte[] content) {
        if (SpreadsheetFiles.isWorkbook(content) && content.length <= MAX_BYTES) {
            return SpreadsheetFiles.read(content);
        }
        return read(content);
    }

    public static Table read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        String text = decodeUtf8(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        List<ImportProblem> problems = new ArrayList<>();
        List<ParsedFile.Row> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, "import.noHeader")));
            }
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
                rows.add(new ParsedFile.Row(number, line, values));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a file cut in the middle of a quoted field, or a broken header, this way
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.malformed")));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Table(header, rows);
    }

    static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(content)).toString();
        } catch (MalformedInputException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(lineOfByte(content, firstBadByte(content)),
                    "import.notUtf8")));
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.notUtf8")));
        }
    }

    private static int firstBadByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        var out = java.nio.CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : content.length;
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
