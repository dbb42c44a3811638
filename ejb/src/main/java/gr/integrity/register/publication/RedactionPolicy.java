package gr.integrity.register.publication;

import gr.integrity.register.declaration.AmountBands;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.declaration.Privacy;
import gr.integrity.register.declaration.SectionDef;

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
        DeclarationContent open = new DeclarationContent();
        for (FieldDef field : schema.headerFields()) {
            put(open.getHeader(), field, content.header(field.name()));
        }
        for (SectionDef section : schema.sections()) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                DeclarationContent.Item copy = new DeclarationContent.Item(item.getId());
                for (FieldDef field : section.fields()) {
                    put(copy.getValues(), field, item.get(field.name()));
                }
                open.items(section.name()).add(copy);
            }
        }
        return open;
    }

    private static void put(java.util.Map<String, String> target, FieldDef field, String value) {
        if (value == null) {
            return;
        }
        switch (field.privacy()) {
            case PUBLIC -> target.put(field.name(), value);
            case BANDED -> target.put(field.name(), band(value));
            case PRIVATE -> {
                // never published
            }
        }
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
