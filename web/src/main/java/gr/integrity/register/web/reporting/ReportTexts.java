package gr.integrity.register.web.reporting;

import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.reporting.ReportView;
import gr.integrity.register.web.support.DeclarationTexts;
import gr.integrity.register.web.support.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The name of a reported field in the page's language: "Section — Field" of the declaration's schema, or the meeting's. */
@Named("reportText")
@ApplicationScoped
public class ReportTexts {

    @Inject
    private DeclarationTexts texts;

    public String field(ReportView report) {
        return field(report.declarationType(), report.field());
    }

    /** A field key of {@link InaccuracyReports#fieldsOf} for a declaration of the type (null: a meeting). */
    public String field(DeclarationType type, String key) {
        if (type == null || key.equals(InaccuracyReports.OTHER) || key.indexOf('.') < 0) {
            return Pages.text("report.field." + key);
        }
        DeclarationSchema schema = texts.schema(type);
        String section = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1);
        String fieldLabel = texts.field(schema, section, name);
        return section.equals(DeclarationSchema.HEADER) ? fieldLabel : texts.section(schema, section) + " — " + fieldLabel;
    }
}
