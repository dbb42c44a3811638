package gr.integrity.register.returns;

import gr.integrity.register.declaration.CommonRules;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What both annual lobbying returns share: a list of contacts in the year. Besides the shared field checks
 * (PREFIX-001 to 013, 050 for an organisation the register does not know yet, 051 for a private-looking value),
 * the rules are:
 * <pre>
 * 014 E  a contact dated outside the return's year
 * 015 W  the same contact twice
 * 016 W  a return with no contact (a nil return: the filer confirms there was none)
 * 017 W  the end of May after the year has passed (accepted, marked late)
 * </pre>
 */
abstract class AnnualReturnKind implements DeclarationKind {

    private final DeclarationType type;
    private final DeclarationSchema schema;
    private final String prefix;
    private final String section;

    AnnualReturnKind(DeclarationType type, DeclarationSchema schema, String prefix, String section) {
        this.type = type;
        this.schema = schema;
        this.prefix = prefix;
        this.section = section;
    }

    @Override
    public DeclarationType type() {
        return type;
    }

    @Override
    public DeclarationSchema schema() {
        return schema;
    }

    @Override
    public String codePrefix() {
        return prefix;
    }

    /** A year's return starts empty: last year's contacts are not this year's. */
    @Override
    public DeclarationContent newDraft(int periodYear, DeclarationContent previous) {
        return new DeclarationContent();
    }

    @Override
    public Map<String, String> defaults(String section) {
        return Map.of("method", "MEETING");
    }

    @Override
    public List<Finding> check(DeclarationContent content, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        FieldChecks.checkAll(schema, content, context, prefix, findings);
        for (Item contact : content.items(section)) {
            FieldChecks.date(contact.get("date")).ifPresent(date -> {
                if (date.getYear() != context.periodYear()) {
                    findings.add(Finding.error(prefix + "-014", section, contact.getId(), "date", context.periodYear()));
                }
            });
        }
        CommonRules.sameItemTwice(prefix + "-015", schema, content, findings);
        CommonRules.nothingDeclared(prefix + "-016", content, findings);
        CommonRules.deadlinePassed(prefix + "-017", context, findings);
        return findings;
    }

    @Override
    public Map<String, BigDecimal> figures(DeclarationContent content) {
        return Map.of("contacts", BigDecimal.valueOf(content.items(section).size()));
    }
}
