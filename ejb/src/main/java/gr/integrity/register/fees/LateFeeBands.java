package gr.integrity.register.fees;

import gr.integrity.register.common.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A category's late-filing fees by band of days late, as an ADMIN writes them on the settings page:
 * {@code 1-30:50; 31-60:100; 61-:200} is EUR 50 for 1 to 30 days late, EUR 100 for 31 to 60 and EUR 200 from 61 on.
 * The bands start on day 1 and follow each other without gap or overlap; only the last may be open-ended, and
 * a filing later than a closed last band pays the last band's fee. Written empty, the category pays no fees.
 */
public final class LateFeeBands implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern BAND = Pattern.compile("(\\d{1,4})\\s*-\\s*(\\d{1,4})?\\s*:\\s*(\\d{1,9}(?:[.,]\\d{1,2})?)");
    private static final BigDecimal MOST = BigDecimal.valueOf(100_000);
    public static final String FIELD = "lateFeeBands";

    /** One band: from its first day late to its last (null: open-ended), and the fee in EUR. */
    public record Band(int fromDay, Integer toDay, BigDecimal amount) implements Serializable {
        boolean covers(long daysLate) {
            return daysLate >= fromDay && (toDay == null || daysLate <= toDay);
        }
    }

    private final List<Band> bands;

    private LateFeeBands(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    /**
     * The bands a text describes, or refusal on the {@code lateFeeBands} field with what is wrong: a band not
     * written as {@code from-to:amount}, a band that does not start the day after the one before, an amount over
     * EUR 100,000.
     */
    public static LateFeeBands parse(String text) {
        List<Band> bands = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return new LateFeeBands(bands);
        }
        int expectedFrom = 1;
        String[] parts = clean.split(";");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher m = BAND.matcher(part);
            if (!m.matches()) {
                throw new InvalidInputException("fees.bands.format", FIELD, part);
            }
            int from = Integer.parseInt(m.group(1));
            Integer to = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            BigDecimal amount = new BigDecimal(m.group(3).replace(',', '.'));
            if (from != expectedFrom) {
                throw new InvalidInputException("fees.bands.sequence", FIELD, part, expectedFrom);
            }
            if (to != null && to < from) {
                throw new InvalidInputException("fees.bands.format", FIELD, part);
            }
            if (to == null && i < parts.length - 1) {
                throw new InvalidInputException("fees.bands.openNotLast", FIELD, part);
            }
            if (amount.compareTo(MOST) > 0) {
                throw new InvalidInputException("fees.bands.amount", FIELD, part);
            }
            bands.add(new Band(from, to, amount));
            expectedFrom = to == null ? expectedFrom : to + 1;
        }
        return new LateFeeBands(bands);
    }

    /** The fee of a filing so many days late: none on time or where the category has no fees. */
    public Optional<BigDecimal> feeFor(long daysLate) {
        if (daysLate <= 0 || bands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bands.stream().filter(b -> b.covers(daysLate)).findFirst()
                .orElse(bands.get(bands.size() - 1)).amount());
    }

    public List<Band> bands() {
        return bands;
    }

    /** The bands written back as an ADMIN would write them (amounts without trailing zeros). */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Band b : bands) {
            parts.add(b.fromDay() + "-" + (b.toDay() == null ? "" : b.toDay()) + ":"
                    + b.amount().stripTrailingZeros().toPlainString());
        }
        return String.join("; ", parts);
    }
}
