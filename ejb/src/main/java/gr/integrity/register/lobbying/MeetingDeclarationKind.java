package gr.integrity.register.lobbying;

import gr.integrity.register.declaration.CommonRules;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleContext;
import jakarta.enterprise.context.ApplicationScoped;

import gr.integrity.register.registry.Obligation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of a meeting with interest representatives. Besides the shared field checks (MEETING-001 to 013,
 * and 050 for an organisation absent from the register, which is allowed and flagged), its rules are:
 * <pre>
 * 014 E  a meeting with no organisation met
 * 015 W  declared more than 15 days after the meeting (accepted, flagged late)
 * 016 W  the same organisation twice
 * 017 E  a time that is not hh:mm
 * </pre>
 * Meetings are declared as they happen, not for a period: there is no obligation behind them.
 */
@ApplicationScoped
public class MeetingDeclarationKind implements DeclarationKind {

    public static final String PREFIX = "MEETING";
    /** A meeting is declared within this many days of it. */
    public static final int DUE_DAYS = 15;

    @Override
    public DeclarationType type() {
        return DeclarationType.MEETING;
    }

    @Override
    public DeclarationSchema schema() {
        return MeetingSchema.SCHEMA;
    }

    @Override
    public String codePrefix() {
        return PREFIX;
    }

    @Override
    public boolean declaredPerEvent() {
        return true;
    }

    /** The end of the fifteenth day after the meeting, in Athens. */
    @Override
    public Optional<Instant> dueAt(DeclarationContent content) {
        return dueAfter(content);
    }

    /** As {@link #dueAt}, for the schema's data migration, which has no beans. */
    public static Optional<Instant> dueAfter(DeclarationContent content) {
        return FieldChecks.date(content.header("date")).map(day -> Obligation.endOfDay(day.plusDays(DUE_DAYS)));
    }

    @Override
    public DeclarationContent newDraft(int periodYear, DeclarationContent previous) {
        DeclarationContent draft = new DeclarationContent();
        draft.getHeader().put("format", "IN_PERSON");
        return draft;
    }

    @Override
    public Map<String, String> defaults(String section) {
        return Map.of();
    }

    @Override
    public List<Finding> check(DeclarationContent content, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        FieldChecks.checkAll(MeetingSchema.SCHEMA, content, context, PREFIX, findings);
        if (content.items(MeetingSchema.ORGANISATIONS).isEmpty()) {
            findings.add(Finding.error("MEETING-014", DeclarationSchema.HEADER, null, null));
        }
        // lateness is a fact of the first submission: an amendment made later is not a later declaration
        FieldChecks.date(content.header("date")).ifPresent(date -> {
            long days = ChronoUnit.DAYS.between(date, context.filedOn());
            if (days > DUE_DAYS) {
                findings.add(Finding.warning("MEETING-015", DeclarationSchema.HEADER, null, "date", days, DUE_DAYS));
            }
        });
        CommonRules.sameItemTwice("MEETING-016", MeetingSchema.SCHEMA, content, findings);
        String time = content.header("time");
        if (time != null && !time.strip().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            findings.add(Finding.error("MEETING-017", DeclarationSchema.HEADER, null, "time"));
        }
        return findings;
    }

    @Override
    public Map<String, BigDecimal> figures(DeclarationContent content) {
        return Map.of("organisations", BigDecimal.valueOf(content.items(MeetingSchema.ORGANISATIONS).size()));
    }
}
