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
