package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What rules need to know besides the content: the period, the declarant's date of birth, the deadline, today (in
 * Athens), the day the declaration was first submitted (null before that) and the thresholds the register's
 * settings hold (each type names its own, see {@link DeclarationKind#thresholds()}). Rules are pure functions of
 * content and context.
 */
public record RuleContext(int periodYear, LocalDate birthDate, LocalDate deadline, LocalDate today,
                          LocalDate firstSubmittedOn, Map<String, BigDecimal> thresholds) {

    public RuleContext {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    /** A context for a declaration not submitted yet. */
    public RuleContext(int periodYear, LocalDate birthDate, LocalDate deadline, LocalDate today,
                       Map<String, BigDecimal> thresholds) {
        this(periodYear, birthDate, deadline, today, null, thresholds);
    }

    /** The day the declaration counts as filed on: its first submission's, or today's for a first filing. */
    public LocalDate filedOn() {
        return firstSubmittedOn == null ? today : firstSubmittedOn;
    }

    /** A threshold by its setting's name; null when not set (the rule that needs it then stays silent). */
    public BigDecimal threshold(String name) {
        return thresholds.get(name);
    }
}
