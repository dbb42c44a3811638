package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bands amounts are declared or published in (EUR): a filer may declare an outside income as a band instead of
 * an exact amount, and the redaction policy publishes some exact amounts as their band. One list serves both, so a
 * declared band and a published one always mean the same range.
 */
public final class AmountBands {

    /** Upper limits (exclusive) of the bands; the last band has none. */
    public static final List<BigDecimal> BOUNDS = List.of(new BigDecimal("1000"), new BigDecimal("5000"),
            new BigDecimal("10000"), new BigDecimal("50000"), new BigDecimal("100000"), new BigDecimal("500000"),
            new BigDecimal("1000000"));

    /** The bands as choice codes: {@code B0_1000} ... {@code B500000_1000000}, {@code OVER_1000000}. */
    public static final String[] CODES = codes();

    private AmountBands() {
    }

    /** The band an amount falls in. */
    public static String codeOf(BigDecimal amount) {
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : BOUNDS) {
            if (amount.compareTo(upper) < 0) {
                return "B" + lower.toPlainString() + "_" + upper.toPlainString();
            }
            lower = upper;
        }
        return "OVER_" + lower.toPlainString();
    }

    /** Whether an amount falls in the band with this code; empty for a code that is no band. */
    public static Optional<Boolean> contains(String code, BigDecimal amount) {
        if (code == null || !List.of(CODES).contains(code)) {
            return Optional.empty();
        }
        return Optional.of(codeOf(amount).equals(code));
    }

    private static String[] codes() {
        List<String> codes = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : BOUNDS) {
            codes.add("B" + lower.toPlainString() + "_" + upper.toPlainString());
            lower = upper;
        }
        codes.add("OVER_" + lower.toPlainString());
        return codes.toArray(String[]::new);
    }
}
