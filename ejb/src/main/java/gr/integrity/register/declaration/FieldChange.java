package gr.integrity.register.declaration;

/** One difference between two versions: a field of an item (or of the header) before and after. */
public record FieldChange(String section, String itemId, String itemLabel, String field, String before, String after)
        implements java.io.Serializable {

    public boolean isAdded() {
        return before == null;
    }

    public boolean isRemoved() {
        return after == null;
    }
}
