package gr.integrity.register.fees;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a late filing owes: the days it came after its deadline and the fee of their band, in EUR. */
public record LateFee(long daysLate, BigDecimal amount) implements Serializable {
}
