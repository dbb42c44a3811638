package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What rules need to know besides the content: the period, the declarant's date of birth, the deadline, today (in
 * Athens) and the thresholds the register's settings hold (each type names its own, see
 * {@link DeclarationKind#thresholds()}). Rules are pure functions of content and context.
 */
public record RuleContext(int periodYear, LocalDate birthDate, LocalDate deadline, LocalDate today,
                          Map<String, BigDecimal> thresholds) {

    public RuleContext {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    /** A threshold by its setting's name; null when not set (the rule that needs it then stays silent). */
    public BigDecimal threshold(String name) {
        return thresholds.get(name);
    }
}
