package gr.integrity.register.fees;

import java.io.Serializable;
import java.math.BigDecimal;

/** How many late filings of a year owe a fee, and the sum of their fees in EUR. */
public record LateFeeTotals(long filings, BigDecimal fees) implements Serializable {
}
