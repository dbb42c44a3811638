package gr.integrity.register.common;

/**
 * A page of an administrative list: offset, size and sort. Sizes are capped so that no request can ask for
 * the whole table at once.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
