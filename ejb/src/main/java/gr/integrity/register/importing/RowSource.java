package gr.integrity.register.importing;

import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded file read as it streams past: its header, and its rows handed on one at a time, never held together,
 * so that what an import costs in memory does not grow with the file's rows. Each {@link #forEach} reads the file
 * again from its start (an importer that needs two passes makes two). A row that breaks the file's form (a field
 * count that does not match the header) ends the pass with an {@link ImportRejectedException} listing such rows.
 */
public interface RowSource extends AutoCloseable {

    List<String> header();

    void forEach(Consumer<FileRow> row);

    /** Drops what reading needed (a workbook's temporary copy). */
    @Override
    void close();
}
