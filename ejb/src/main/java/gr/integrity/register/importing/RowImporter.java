package gr.integrity.register.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The part of an import that knows one kind of file. Implementations are CDI beans; {@link #apply} runs inside the
 * chunk's transaction and must be idempotent: a row applied twice matches what the first run created.
 */
public interface RowImporter {

    /** The kinds of file this importer reads. */
    List<ImportKind> kinds();

    /** Whether a file with these column names is one of this importer's kinds, and which. */
    ImportKind recognise(List<String> header);

    /**
     * Checks the whole file before anything of it is imported, as it streams past; throws
     * {@link ImportRejectedException} listing what is wrong, or answers how many rows it has.
     */
    int validate(RowSource file, ImportKind kind);

    /**
     * Passes every row of the file to the check, which adds what is wrong with it to the list, until 50 problems
     * are listed; refuses the file with them if there are any, else answers how many rows it has.
     */
    static int checkEachRow(RowSource file, BiConsumer<FileRow, List<ImportProblem>> check) {
        List<ImportProblem> problems = new ArrayList<>();
        int[] rows = {0};
        file.forEach(row -> {
            rows[0]++;
            if (problems.size() < 50) {
                check.accept(row, problems);
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return rows[0];
    }

    /** Hands on the rows of a file {@link #validate} accepted, one by one, as {@link #apply} takes them. */
    default void rows(RowSource file, ImportKind kind, Consumer<FileRow> rows) {
        file.forEach(rows);
    }

    /** Applies one row. */
    RowOutcome apply(FileRow row, ImportKind kind, long batchId);

    /** Called at the end of each chunk, inside its transaction (e.g. to re-derive the obligations of those touched). */
    default void endChunk() {
    }

    /** Source and licence recorded with the batch and on the imported records. */
    String source(ImportKind kind);

    String licence(ImportKind kind);
}
