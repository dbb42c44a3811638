package gr.integrity.register.importing;

import java.util.List;

/**
 * The part of an import that knows one kind of file. Implementations are CDI beans; {@link #apply} runs inside the
 * chunk's transaction and must be idempotent: a row applied twice matches what the first run created.
 */
public interface RowImporter {

    /** The kinds of file this importer reads. */
    List<ImportKind> kinds();

    /** Whether a file with these column names is one of this importer's kinds, and which. */
    ImportKind recognise(List<String> header);

    /** Reads and validates the whole file; throws {@link ImportRejectedException} listing what is wrong. */
    ParsedFile parse(byte[] content, ImportKind kind);

    /** Applies one row. */
    RowOutcome apply(ParsedFile.Row row, ImportKind kind, long batchId);

    /** Called at the end of each chunk, inside its transaction (e.g. to re-derive the obligations of those touched). */
    default void endChunk() {
    }

    /** Source and licence recorded with the batch and on the imported records. */
    String source(ImportKind kind);

    String licence(ImportKind kind);
}
