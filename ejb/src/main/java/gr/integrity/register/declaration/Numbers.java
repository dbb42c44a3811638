package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them: "1234.5", "1234,5" (the Greek decimal comma) or "1.234,56" (with grouping).
 * The last separator is the decimal one when both appear; a single separator followed by exactly three digits
 * is grouping only if it repeats ("1.234.567"). Anything else is not a number.
 */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,\\s]\\d{3})+([.,]\\d+)?");

    private Numbers() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u00a0', ' ');
        if (t.isEmpty() || t.length() > 40) {
            return Optional.empty();
        }
        try {
            if (PLAIN.matcher(t).matches()) {
                return Optional.of(new BigDecimal(t.replace(',', '.')));
            }
            if (GROUPED.matcher(t).matches()) {
                int lastDot = t.lastIndexOf('.');
                int lastComma = t.lastIndexOf(',');
                int decimal = Math.max(lastDot, lastComma);
                boolean hasDecimal = decimal > 0 && t.length() - decimal - 1 != 3
                        || lastDot >= 0 && lastComma >= 0;
                String integer = hasDecimal ? t.substring(0, decimal) : t;
                String fraction = hasDecimal ? t.substring(decimal + 1) : "";
                String digits = integer.replaceAll("[.,\\s]", "");
                return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The stored form: plain digits with a dot, no needless trailing zeros ("1234.5"). */
    public static String normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    public static BigDecimal valueOr(String text, BigDecimal fallback) {
        return parse(text).orElse(fallback);
    }
}
