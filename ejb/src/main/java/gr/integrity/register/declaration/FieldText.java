package gr.integrity.register.declaration;

import gr.integrity.register.common.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Labels and values of declaration fields in a language, as pages and PDFs show them: choices by their label,
 * amounts with grouping and their currency, shares with a percent sign, dates day first.
 */
public final class FieldText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FieldText() {
    }

    public static String sectionLabel(DeclarationSchema schema, String section, Locale locale) {
        return Messages.text(locale, schema.sectionLabelKey(section));
    }

    public static String fieldLabel(DeclarationSchema schema, String section, String field, Locale locale) {
        return Messages.text(locale, schema.labelKey(section, field));
    }

    public static String choiceLabel(String field, String value, Locale locale) {
        String key = "choice." + field + "." + value;
        return Messages.has(key) ? Messages.text(locale, key) : value;
    }

    /** A value for reading; {@code currency} is the item's currency, shown after amounts. */
    public static String value(FieldDef field, String value, String currency, Locale locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        Locale language = Messages.supported(locale);
        return switch (field.type()) {
            case CHOICE -> choiceLabel(field.name(), value, language);
            case AMOUNT -> number(value, language, 2) + (currency == null ? "" : " " + currency);
            case DECIMAL -> number(value, language, 2);
            case PERCENT -> number(value, language, 2) + " %";
            case DATE -> FieldChecks.date(value).map(d -> DATE.format(d)).orElse(value);
            case DOCUMENT -> "PDF · SHA-256 " + value;
            default -> value;
        };
    }

    public static String amount(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String number(String value, Locale locale, int maxFraction) {
        return Numbers.parse(value).map(n -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(maxFraction);
            return format.format(n);
        }).orElse(value);
    }
}
