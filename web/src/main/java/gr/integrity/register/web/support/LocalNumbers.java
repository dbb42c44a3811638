package gr.integrity.register.web.support;

import gr.integrity.register.declaration.Numbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts and other quantities in a declaration form, in the page's language: a Greek page shows and reads
 * "13.100,50" (dot groups, comma decimals), an English one "13,100.50". So "13.100" typed on a Greek page is
 * thirteen thousand one hundred, as a Greek reader means it, and a stored value shown back reads back the same.
 * What is not a number in either convention is passed on as typed, for the rules to name on its field; the
 * draft keeps it.
 */
@Named("localNumbers")
@ApplicationScoped
public class LocalNumbers implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return read(value, Pages.locale()).map(Numbers::normalize).orElse(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return "";
        }
        return Numbers.parse(value).filter(n -> Numbers.normalize(n).equals(value))
                .map(n -> show(n, Pages.locale())).orElse(value);
    }

    /** A number in the locale's convention first, then in the register's lenient reading of either. */
    static Optional<BigDecimal> read(String text, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        String t = text.strip();
        if (t.matches("-?\\d{1,3}(" + grouping + "\\d{3})+(" + decimal + "\\d+)?") || t.matches("-?\\d+(" + decimal + "\\d+)?")) {
            String plain = t.replace(String.valueOf(symbols.getGroupingSeparator()), "")
                    .replace(symbols.getDecimalSeparator(), '.');
            return Optional.of(new BigDecimal(plain));
        }
        return Numbers.parse(t);
    }

    /** The stored value as the page's language writes it, grouped, with every decimal kept. */
    static String show(BigDecimal value, Locale locale) {
        DecimalFormat format = (DecimalFormat) DecimalFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }
}
