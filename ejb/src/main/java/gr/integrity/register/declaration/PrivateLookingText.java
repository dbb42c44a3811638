package gr.integrity.register.declaration;

import gr.integrity.register.common.TextKeys;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a public free-text field looks like a private value that belongs in a private field, or nowhere: a Greek
 * tax number (nine digits whose check digit holds), an IBAN (whose check digits hold), a Greek vehicle plate, or a
 * date of birth (a date next to a word about birth). A filer who typed one is warned before submitting, and
 * auditors see the warning they confirmed: a notes field is published as typed.
 */
public final class PrivateLookingText {

    /** What was found, for the warning's text; never the value itself. */
    public enum Kind { TAX_NUMBER, IBAN, PLATE, BIRTH_DATE }

    /** Nine digits standing alone: not part of a longer number, nor of an amount with decimals (123456789,50). */
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(?<!\\d[.,])\\d{9}(?!\\d)(?![.,]\\d)");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b");
    /** Greek plates: three of the letters that Greek and Latin share, then four digits (ΙΚΥ-1234, IKY 1234). */
    private static final Pattern PLATE = Pattern.compile(
            "(?<![\\p{L}\\d])[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧABEZHIKMNOPTYX]{3}[- ]?\\d{4}(?![\\p{L}\\d])");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](19|20)\\d{2}\\b");
    /** Words about birth, folded (accents and case gone): γεννήθηκε, γέννησης, γενέθλια, born, birth. */
    private static final Pattern BIRTH_WORD = Pattern.compile("γενν|γενεθλ|born|birth");

    private PrivateLookingText() {
    }

    public static Optional<Kind> in(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher digits = NINE_DIGITS.matcher(text);
        while (digits.find()) {
            if (isTaxNumber(digits.group())) {
                return Optional.of(Kind.TAX_NUMBER);
            }
        }
        Matcher iban = IBAN.matcher(text.toUpperCase(java.util.Locale.ROOT));
        while (iban.find()) {
            if (isIban(iban.group())) {
                return Optional.of(Kind.IBAN);
            }
        }
        // as plates are written, in capitals: "και 2024" in a sentence is not one
        if (PLATE.matcher(text).find()) {
            return Optional.of(Kind.PLATE);
        }
        if (DATE.matcher(text).find() && BIRTH_WORD.matcher(TextKeys.fold(text)).find()) {
            return Optional.of(Kind.BIRTH_DATE);
        }
        return Optional.empty();
    }

    /** The Greek tax number's check: the first eight digits weighted by powers of two, mod 11, mod 10. */
    static boolean isTaxNumber(String digits) {
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') << (8 - i);
        }
        return sum % 11 % 10 == digits.charAt(8) - '0';
    }

    /** ISO 13616: the country and check digits moved to the end, letters as numbers, mod 97 is 1. */
    static boolean isIban(String candidate) {
        String iban = candidate.replace(" ", "");
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder number = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            number.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
