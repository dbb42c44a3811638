package gr.integrity.register.declaration;

import java.util.Locale;

/**
 * The stored form of content that passed its checks: numbers as plain decimals, dates in ISO form, currencies in
 * capitals, text trimmed, fields the schema does not know dropped. Normalizing twice changes nothing.
 */
public final class ContentNormalizer {

    private ContentNormalizer() {
    }

    public static DeclarationContent normalize(DeclarationSchema schema, DeclarationContent content) {
        return schema.copy(content, ContentNormalizer::normal);
    }

    /** A field's stored form; blank is no value. */
    private static String normal(FieldDef field, String value) {
        if (value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return switch (field.type()) {
            case DECIMAL, AMOUNT, PERCENT, INTEGER, YEAR -> Numbers.parse(v).map(Numbers::normalize).orElse(v);
            case DATE -> FieldChecks.date(v).map(Object::toString).orElse(v);
            case CURRENCY -> v.toUpperCase(Locale.ROOT);
            case LONG_TEXT -> v.replace("\r\n", "\n");
            default -> v;
        };
    }
}
