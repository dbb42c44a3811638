package gr.integrity.register.declaration;

import java.util.List;

/**
 * One field of a section: its name (stable: it is the key in stored content), type, publicity, whether it is
 * required, its length limit and, for choices, the allowed values. Labels come from the message bundle under
 * {@code field.<type>.<section>.<name>}, choices under {@code choice.<name>.<value>}.
 */
public record FieldDef(String name, FieldType type, Privacy privacy, boolean required, int maxLength,
                       List<String> choices) {

    public static final int TEXT_MAX = 300;
    public static final int LONG_TEXT_MAX = 4_000;

    public static FieldDef text(String name, Privacy privacy, boolean required) {
        return new FieldDef(name, FieldType.TEXT, privacy, required, TEXT_MAX, List.of());
    }

    public static FieldDef longText(String name, Privacy privacy, boolean required) {
        return new FieldDef(name, FieldType.LONG_TEXT, privacy, required, LONG_TEXT_MAX, List.of());
    }

    public static FieldDef choice(String name, boolean required, String... choices) {
        return new FieldDef(name, FieldType.CHOICE, Privacy.PUBLIC, required, 40, List.of(choices));
    }

    public static FieldDef of(String name, FieldType type, Privacy privacy, boolean required) {
        return new FieldDef(name, type, privacy, required, 40, List.of());
    }

    /**
     * An organisation named by the filer: the name field, then the field the register keeps its record's id in.
     * Both go in the section, the name first.
     */
    public static List<FieldDef> organisation(String name, boolean required) {
        return List.of(new FieldDef(name, FieldType.ORGANISATION, Privacy.PUBLIC, required, TEXT_MAX, List.of()),
                new FieldDef(idFieldOf(name), FieldType.ORGANISATION_ID, Privacy.PUBLIC, false, 20, List.of()));
    }

    /** The name of the field holding the record id of the organisation field {@code name}. */
    public static String idFieldOf(String name) {
        return name + "Id";
    }

    /** Whether readers see the field as a row of its own: currencies print with their amount, ids are links. */
    public boolean isReadable() {
        return type != FieldType.CURRENCY && type != FieldType.ORGANISATION_ID;
    }

    /**
     * Whether the filer types or picks the value (ids of organisations and the hashes of uploaded documents are the
     * register's to set).
     */
    public boolean isEditable() {
        return type != FieldType.ORGANISATION_ID && type != FieldType.DOCUMENT;
    }

    /** A document the filer uploads; the field holds the SHA-256 of its bytes. */
    public static FieldDef document(String name) {
        return new FieldDef(name, FieldType.DOCUMENT, Privacy.PUBLIC, true, 64, List.of());
    }

    public boolean isPublic() {
        return privacy != Privacy.PRIVATE;
    }

    /** Whether the value is a quantity written with decimal and grouping separators (not a year). */
    public boolean isMeasure() {
        return type == FieldType.DECIMAL || type == FieldType.PERCENT || type == FieldType.AMOUNT;
    }

    public boolean isNumeric() {
        return type == FieldType.DECIMAL || type == FieldType.INTEGER || type == FieldType.YEAR
                || type == FieldType.PERCENT || type == FieldType.AMOUNT;
    }
}
