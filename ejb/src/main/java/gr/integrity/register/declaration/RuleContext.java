package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What rules need to know besides the content: the period, the declarant's date of birth, the deadline, today (in
 * Athens) and the thresholds the settings hold. Rules are pure functions of content and context.
 */
public record RuleContext(int periodYear, LocalDate birthDate, LocalDate deadline, LocalDate today,
                          BigDecimal largeCashThreshold) {
}
