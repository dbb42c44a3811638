package gr.integrity.register.declaration;

import java.util.List;
import java.util.Optional;

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

    /** The label key of a field, shared by pages, PDFs and messages. */
    public String labelKey(String section, String field) {
        return "field." + type.name().toLowerCase(java.util.Locale.ROOT) + "." + section + "." + field;
    }

    public String sectionLabelKey(String section) {
        return "section." + type.name().toLowerCase(java.util.Locale.ROOT) + "." + section;
    }
}
