package gr.integrity.register.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Field-by-field differences between two contents of one declaration. Items are matched by their id, which stays
 * the same across drafts, versions and years, so a changed value is a change and not a removal and an addition.
 */
public final class VersionComparison {

    private VersionComparison() {
    }

    public static List<FieldChange> compare(DeclarationSchema schema, DeclarationContent before, DeclarationContent after) {
        List<FieldChange> changes = new ArrayList<>();
        for (FieldDef field : schema.headerFields()) {
            if (field.type() == FieldType.ORGANISATION_ID) {
                continue;
            }
            String a = before.header(field.name());
            String b = after.header(field.name());
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(DeclarationSchema.HEADER, null, null, field.name(), a, b));
            }
        }
        for (SectionDef section : schema.sections()) {
            Map<String, DeclarationContent.Item> old = new LinkedHashMap<>();
            before.items(section.name()).forEach(i -> old.put(i.getId(), i));
            for (DeclarationContent.Item item : after.items(section.name())) {
                DeclarationContent.Item previous = old.remove(item.getId());
                String label = label(section, previous != null ? previous : item);
                for (FieldDef field : section.fields()) {
                    if (field.type() == FieldType.ORGANISATION_ID) {
                        continue; // a relinked record shows as its name's change, or is no change to a reader
                    }
                    String a = previous == null ? null : previous.get(field.name());
                    String b = item.get(field.name());
                    if (!Objects.equals(a, b)) {
                        changes.add(new FieldChange(section.name(), item.getId(), label, field.name(), a, b));
                    }
                }
            }
            for (DeclarationContent.Item removed : old.values()) {
                for (FieldDef field : section.fields()) {
                    if (removed.get(field.name()) != null && field.type() != FieldType.ORGANISATION_ID) {
                        changes.add(new FieldChange(section.name(), removed.getId(), label(section, removed),
                                field.name(), removed.get(field.name()), null));
                    }
                }
            }
        }
        return changes;
    }

    /**
     * What names an item for a reader: its identifying values that are filled, in the words the filer typed
     * (a choice's code means nothing to a reader, so choices are left out unless nothing else names the item).
     */
    public static String label(SectionDef section, DeclarationContent.Item item) {
        List<String> parts = new ArrayList<>();
        for (String field : section.identityFields()) {
            String value = item.get(field);
            boolean choice = section.field(field).map(f -> f.type() == FieldType.CHOICE).orElse(false);
            if (value != null && !choice) {
                parts.add(value);
            }
        }
        if (parts.isEmpty()) {
            section.identityFields().stream().map(item::get).filter(Objects::nonNull).forEach(parts::add);
        }
        return String.join(", ", parts);
    }
}
