package gr.integrity.register.declaration;

import java.util.Locale;
import java.util.Map;

/**
 * The stored form of content that passed its checks: numbers as plain decimals, dates in ISO form, currencies in
 * capitals, text trimmed, fields the schema does not know dropped. Normalizing twice changes nothing.
 */
public final class ContentNormalizer {

    private ContentNormalizer() {
    }

    public static DeclarationContent normalize(DeclarationSchema schema, DeclarationContent content) {
        DeclarationContent normal = new DeclarationContent();
        for (FieldDef field : schema.headerFields()) {
            put(normal.getHeader(), field, content.header(field.name()));
        }
        for (SectionDef section : schema.sections()) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                DeclarationContent.Item copy = new DeclarationContent.Item(item.getId());
                for (FieldDef field : section.fields()) {
                    put(copy.getValues(), field, item.get(field.name()));
                }
                normal.items(section.name()).add(copy);
            }
        }
        return normal;
    }

    private static void put(Map<String, String> target, FieldDef field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        String normal = switch (field.type()) {
            case DECIMAL, AMOUNT, PERCENT, INTEGER, YEAR -> Numbers.parse(v).map(Numbers::normalize).orElse(v);
            case DATE -> FieldChecks.date(v).map(Object::toString).orElse(v);
            case CURRENCY -> v.toUpperCase(Locale.ROOT);
            case LONG_TEXT -> v.replace("\r\n", "\n");
            default -> v;
        };
        target.put(field.name(), normal);
    }
}
