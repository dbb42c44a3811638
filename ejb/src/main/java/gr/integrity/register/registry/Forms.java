package gr.integrity.register.registry;

/** Small helpers for form values. */
public final class Forms {

    private Forms() {
    }

    /** Trimmed, with runs of spaces collapsed; blank becomes null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("[ \\t]{2,}", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
