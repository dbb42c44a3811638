package gr.integrity.register.opendata;

import java.util.List;
import java.util.function.Function;

/**
 * One table of the bulk files (written as {@code <name>.csv} and {@code <name>.json}): its columns, and how its
 * rows are read a page at a time, in a stable order, so that a table of any size is written in constant memory.
 *
 * @param <T> what one row is made from
 */
record OpenDataTable<T>(String name, List<String> columns, Pager<T> pager, Function<T, List<Object>> row) {

    /** The next page after the cursor (null for the first), and where the page after it starts (null: last). */
    interface Pager<T> {
        Page<T> next(Object cursor);
    }

    record Page<T>(List<T> items, Object next) {
    }
}
