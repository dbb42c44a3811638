package gr.integrity.register.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The shape of one declaration type: fields of the declaration as a whole, then its sections of items. */
public record DeclarationSchema(DeclarationType type, List<FieldDef> headerFields, List<SectionDef> sections) {

    /** The pseudo-section name under which findings about header fields are reported. */
    public static final String HEADER = "header";

    public DeclarationSchema {
        headerFields = List.copyOf(headerFields);
        sections = List.copyOf(sections);
    }

    public Optional<SectionDef> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<FieldDef> headerField(String name) {
        return headerFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** What a copy of content keeps of one field: the value as given, changed, or null to leave the field out. */
    @FunctionalInterface
    public interface FieldMapping {
        String map(FieldDef field, String value);
    }

    /**
     * A copy of the content with only what this schema knows, each field's value passed through the mapping (a
     * field absent from the content is not asked about): the one walk of content through its schema, which keeping
     * a draft's known fields, normalizing and redacting each make with their own mapping. Items keep their order
     * and ids.
     */
    public DeclarationContent copy(DeclarationContent content, FieldMapping mapping) {
        return copy(content, UnaryOperator.identity(), mapping);
    }

    /** As {@link #copy(DeclarationContent, FieldMapping)}, with each item's id passed through {@code itemIds}. */
    public DeclarationContent copy(DeclarationContent content, UnaryOperator<String> itemIds, FieldMapping mapping) {
        DeclarationContent copy = new DeclarationContent();
        for (FieldDef field : headerFields) {
            put(copy.getHeader(), field, content.getHeader().get(field.name()), mapping);
        }
        for (SectionDef section : sections) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                DeclarationContent.Item kept = new DeclarationContent.Item(itemIds.apply(item.getId()));
                for (FieldDef field : section.fields()) {
                    put(kept.getValues(), field, item.getValues().get(field.name()), mapping);
                }
                copy.items(section.name()).add(kept);
            }
        }
        return copy;
    }

    private static void put(Map<String, String> target, FieldDef field, String value, FieldMapping mapping) {
        if (value != null) {
            String mapped = mapping.map(field, value);
            if (mapped != null) {
                target.put(field.name(), mapped);
            }
        }
    }

    /**
     * Where content names an organisation the register has a record of: the section (or {@link #HEADER}) and item
     * it is in, the record id kept beside the name, and the name as the filer gave it. Every organisation field
     * counts, header fields included; names not yet linked to a record (no id) are left out.
     */
    public record NamedOrganisation(String section, String itemId, long organisationId, String nameGiven) {
    }

    /** Every organisation the content names, in schema order (header first), as {@link NamedOrganisation}s. */
    public List<NamedOrganisation> organisationsIn(DeclarationContent content) {
        List<NamedOrganisation> named = new ArrayList<>();
        for (FieldDef field : headerFields) {
            named(HEADER, null, field, content.getHeader(), named);
        }
        for (SectionDef section : sections) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                for (FieldDef field : section.fields()) {
                    named(section.name(), item.getId(), field, item.getValues(), named);
                }
            }
        }
        return named;
    }

    private static void named(String section, String itemId, FieldDef field, Map<String, String> values,
                              List<NamedOrganisation> named) {
        if (field.type() != FieldType.ORGANISATION) {
            return;
        }
        String id = values.get(FieldDef.idFieldOf(field.name()));
        if (id != null && id.matches("\\d{1,18}")) {
            named.add(new NamedOrganisation(section, itemId, Long.parseLong(id), values.get(field.name())));
        }
    }

    /** The label key of a field, shared by pages, PDFs and messages. */
    public String labelKey(String section, String field) {
        return "field." + type.name().toLowerCase(java.util.Locale.ROOT) + "." + section + "." + field;
    }

    public String sectionLabelKey(String section) {
        return "section." + type.name().toLowerCase(java.util.Locale.ROOT) + "." + section;
    }
}
