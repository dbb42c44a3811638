package gr.integrity.register.web.support;

import gr.integrity.register.common.Messages;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldText;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.VersionComparison;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/** Labels and values of declarations for the pages, in the page's language (the same texts the PDFs use). */
@Named("decl")
@ApplicationScoped
public class DeclarationTexts {

    @Inject
    private DeclarationKinds kinds;

    public DeclarationSchema schema(DeclarationType type) {
        return kinds.of(type).schema();
    }

    /** Whether the register files this type yet; obligations of other types are listed without a button. */
    public boolean fileable(DeclarationType type) {
        return kinds.knows(type);
    }

    public String section(DeclarationSchema schema, String section) {
        return FieldText.sectionLabel(schema, section, locale());
    }

    public String field(DeclarationSchema schema, String section, String field) {
        return FieldText.fieldLabel(schema, section, field, locale());
    }

    public String choice(FieldDef field, String value) {
        return FieldText.choiceLabel(field.name(), value, locale());
    }

    public String value(FieldDef field, DeclarationContent.Item item) {
        return FieldText.value(field, item.get(field.name()), item.get("currency"), locale());
    }

    public String headerValue(FieldDef field, DeclarationContent content) {
        String currency = content.header(field.name() + "Currency");
        return FieldText.value(field, content.header(field.name()), currency, locale());
    }

    public String itemLabel(DeclarationSchema schema, String section, DeclarationContent.Item item) {
        return schema.section(section).map(s -> VersionComparison.label(s, item)).orElse("");
    }

    public String changeValue(DeclarationSchema schema, FieldChange change, String value) {
        if (value == null) {
            return "—";
        }
        FieldDef field = DeclarationSchema.HEADER.equals(change.section()) ? schema.headerField(change.field()).orElse(null)
                : schema.section(change.section()).flatMap(s -> s.field(change.field())).orElse(null);
        return field == null ? value : FieldText.value(field, value, null, locale());
    }

    public String finding(Finding finding) {
        return Messages.text(locale(), finding.messageKey(), finding.arguments());
    }

    public String typeLabel(DeclarationType type) {
        return Messages.text(locale(), "declarationType." + type.name());
    }

    private static Locale locale() {
        return Pages.locale();
    }
}
