package gr.integrity.register.web.support;

import gr.integrity.register.declaration.FieldText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and amounts as pages show them: Greek day order, times in Athens (they are stored in UTC), amounts
 * with the page language's separators.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ATHENS);

    /** A value as it goes into a link's query string (a policy area's key may hold spaces). */
    public String query(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A file's size for reading: bytes, kB or MB (decimal units, as downloads are measured). */
    public String bytes(long size) {
        if (size < 1_000) {
            return size + " B";
        }
        return size < 1_000_000 ? String.format(Pages.locale(), "%.1f kB", size / 1_000.0)
                : String.format(Pages.locale(), "%.1f MB", size / 1_000_000.0);
    }

    public String amount(BigDecimal amount) {
        return amount == null ? "" : FieldText.amount(amount, Pages.locale());
    }

    /** A difference, with its sign: "+1.200" or "−350". */
    public String signedAmount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String plain = FieldText.amount(amount.abs(), Pages.locale());
        return amount.signum() < 0 ? "−" + plain : "+" + plain;
    }
}
