package gr.integrity.register.publication;

import gr.integrity.register.declaration.AmountBands;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.declaration.Privacy;

import java.math.BigDecimal;

/**
 * The one place that decides what of a declaration the public sees: each field's {@link Privacy} in its schema.
 * Private fields are dropped, banded amounts become their band; anything the schema does not name is dropped too,
 * so a field added to content without a privacy decision can never leak. The public hash is computed over this
 * form only: a hash of the full content would let anyone confirm a guessed private value.
 */
public final class RedactionPolicy {

    private RedactionPolicy() {
    }

    public static DeclarationContent redact(DeclarationSchema schema, DeclarationContent content) {
        return schema.copy(content, RedactionPolicy::publicValue);
    }

    /** What the public sees of a field's value: the value, its band, or nothing. */
    private static String publicValue(FieldDef field, String value) {
        return switch (field.privacy()) {
            case PUBLIC -> value;
            case BANDED -> band(value);
            case PRIVATE -> null;
        };
    }

    /** "10000–50000", or "over 1000000": the band an amount falls in. */
    static String band(String value) {
        BigDecimal amount = Numbers.parse(value).orElse(null);
        if (amount == null) {
            return "";
        }
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : AmountBands.BOUNDS) {
            if (amount.compareTo(upper) < 0) {
                return Numbers.normalize(lower) + "–" + Numbers.normalize(upper);
            }
            lower = upper;
        }
        return ">" + Numbers.normalize(lower);
    }
}
