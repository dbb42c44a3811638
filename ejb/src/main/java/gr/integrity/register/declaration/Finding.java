package gr.integrity.register.declaration;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a rule found: its stable code (ASSET-007), severity, where (section, item, field; the header's section is
 * {@link DeclarationSchema#HEADER}), and its message: a key in the bundle with its arguments. A type's own rules
 * use {@code rule.<code>}; the field checks every type shares use one message per check.
 */
public record Finding(String code, Severity severity, String section, String itemId, String field, String messageKey,
                      Object[] arguments) implements java.io.Serializable {

    public Finding {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Finding error(String code, String section, String itemId, String field, Object... arguments) {
        return new Finding(code, Severity.ERROR, section, itemId, field, "rule." + code, arguments);
    }

    public static Finding warning(String code, String section, String itemId, String field, Object... arguments) {
        return new Finding(code, Severity.WARNING, section, itemId, field, "rule." + code, arguments);
    }

    /** Where the finding is, stable across saves: how a confirmation of a warning is matched to it. */
    public String location() {
        return code + "|" + section + "|" + (itemId == null ? "" : itemId) + "|" + (field == null ? "" : field);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && location().equals(f.location()) && Arrays.equals(arguments, f.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location());
    }

    @Override
    public String toString() {
        return location();
    }
}
