package gr.integrity.register.declaration;

import java.util.List;
import java.util.Optional;

/**
 * A section of a declaration: a list of items with the same fields (real estate, vehicles, deposits...).
 * The identity fields say when two items are the same thing (the same property owned by two people, or an item
 * entered twice).
 */
public record SectionDef(String name, List<FieldDef> fields, List<String> identityFields) {

    public SectionDef {
        fields = List.copyOf(fields);
        identityFields = List.copyOf(identityFields);
    }

    /** Whether its items are uploaded documents: filled by uploading a file, not by adding an empty item. */
    public boolean holdsDocuments() {
        return fields.stream().anyMatch(f -> f.type() == FieldType.DOCUMENT);
    }

    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
