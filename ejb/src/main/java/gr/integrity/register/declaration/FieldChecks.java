package gr.integrity.register.declaration;

import gr.integrity.register.common.validation.PlainTextValidator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every field of every type gets from its definition: required, length, no markup, and its type
 * (numbers, shares, dates, years, currencies, choices). Each check has a number that follows the type's prefix
 * ({@code ASSET-002} is "not a number" in an asset declaration) and one message shared by all types. The numbers
 * 001 to 013, 050 and 051 are the shared checks'; each type numbers its own rules from 014.
 */
public final class FieldChecks {

    /** The field holding a family member's date of birth: the one date that may precede the declarant's. */
    static final String BIRTH_DATE = "birthDate";

    public enum Check {
        REQUIRED(1), NOT_A_NUMBER(2), NEGATIVE(3), TOO_LARGE(4), BAD_CURRENCY(5), SHARE_RANGE(6), BAD_DATE(7),
        FUTURE_DATE(8), BEFORE_BIRTH(9), TOO_LONG(10), MARKUP(11), BAD_CHOICE(12), YEAR_RANGE(13),
        /** a warning: the organisation named is not in the register and will be proposed to its administrators */
        NEW_ORGANISATION(50),
        /** a warning: a public free-text field holds what looks like a private value ({@link PrivateLookingText}) */
        PRIVATE_LOOKING(51);

        private final int number;

        Check(int number) {
            this.number = number;
        }

        public String code(String prefix) {
            return String.format(Locale.ROOT, "%s-%03d", prefix, number);
        }
    }

    /** How a document field names its file: the SHA-256 of its bytes, in lower-case hex. */
    public static final String SHA_256 = "[0-9a-f]{64}";

    /** Amounts above this are typing mistakes, not fortunes. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private static final DateTimeFormatter GREEK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldChecks() {
    }

    public static void checkAll(DeclarationSchema schema, DeclarationContent content, RuleContext context,
                                String prefix, List<Finding> findings) {
        for (FieldDef field : schema.headerFields()) {
            check(field, content.header(field.name()), DeclarationSchema.HEADER, null, context, prefix, findings);
            unlinkedOrganisation(field, content.getHeader(), DeclarationSchema.HEADER, null, prefix, findings);
        }
        for (SectionDef section : schema.sections()) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                for (FieldDef field : section.fields()) {
                    check(field, item.get(field.name()), section.name(), item.getId(), context, prefix, findings);
                    unlinkedOrganisation(field, item.getValues(), section.name(), item.getId(), prefix, findings);
                }
            }
        }
    }

    /** A named organisation the register has no record of yet: submitting proposes it as a new one. */
    private static void unlinkedOrganisation(FieldDef field, Map<String, String> values, String section, String itemId,
                                             String prefix, List<Finding> findings) {
        if (field.type() != FieldType.ORGANISATION) {
            return;
        }
        String name = values.get(field.name());
        String id = values.get(FieldDef.idFieldOf(field.name()));
        if (name != null && !name.isBlank() && (id == null || id.isBlank())) {
            findings.add(new Finding(Check.NEW_ORGANISATION.code(prefix), Severity.WARNING, section, itemId, field.name(),
                    "check." + Check.NEW_ORGANISATION.name(), new Object[]{field.name(), name.strip()}));
        }
    }

    static void check(FieldDef field, String value, String section, String itemId, RuleContext context,
                      String prefix, List<Finding> findings) {
        if (value == null || value.isBlank()) {
            if (field.required()) {
                findings.add(finding(Check.REQUIRED, prefix, section, itemId, field));
            }
            return;
        }
        if (value.length() > field.maxLength()) {
            findings.add(finding(Check.TOO_LONG, prefix, section, itemId, field, field.maxLength()));
            return;
        }
        if (!PlainTextValidator.isPlain(value, field.type() == FieldType.LONG_TEXT)) {
            findings.add(finding(Check.MARKUP, prefix, section, itemId, field));
            return;
        }
        if ((field.type() == FieldType.TEXT || field.type() == FieldType.LONG_TEXT) && field.privacy() == Privacy.PUBLIC) {
            // published as typed: a private value in it would be public; the filer confirms it belongs there
            PrivateLookingText.in(value).ifPresent(kind -> findings.add(new Finding(Check.PRIVATE_LOOKING.code(prefix),
                    Severity.WARNING, section, itemId, field.name(), "check.PRIVATE_LOOKING_" + kind.name(),
                    new Object[]{field.name()})));
        }
        switch (field.type()) {
            case CHOICE -> {
                if (!field.choices().contains(value)) {
                    findings.add(finding(Check.BAD_CHOICE, prefix, section, itemId, field));
                }
            }
            case DECIMAL, AMOUNT, PERCENT, INTEGER -> checkNumber(field, value, section, itemId, prefix, findings);
            case YEAR -> {
                Optional<BigDecimal> year = Numbers.parse(value);
                if (year.isEmpty() || year.get().stripTrailingZeros().scale() > 0) {
                    findings.add(finding(Check.NOT_A_NUMBER, prefix, section, itemId, field));
                } else if (year.get().intValue() < 1900 || year.get().intValue() > context.today().getYear()) {
                    findings.add(finding(Check.YEAR_RANGE, prefix, section, itemId, field, context.today().getYear()));
                }
            }
            case DATE -> {
                Optional<LocalDate> date = date(value);
                if (date.isEmpty()) {
                    findings.add(finding(Check.BAD_DATE, prefix, section, itemId, field));
                } else if (date.get().isAfter(context.today())) {
                    findings.add(finding(Check.FUTURE_DATE, prefix, section, itemId, field));
                } else if (context.birthDate() != null && date.get().isBefore(context.birthDate())
                        && !BIRTH_DATE.equals(field.name())) {
                    // dates are events of the declarant's life, except a family member's birth, which may be earlier
                    findings.add(finding(Check.BEFORE_BIRTH, prefix, section, itemId, field));
                }
            }
            case CURRENCY -> {
                if (!isCurrency(value)) {
                    findings.add(finding(Check.BAD_CURRENCY, prefix, section, itemId, field));
                }
            }
            case ORGANISATION_ID -> {
                if (!value.matches("\\d{1,18}")) {
                    findings.add(finding(Check.NOT_A_NUMBER, prefix, section, itemId, field));
                }
            }
            case DOCUMENT -> {
                if (!value.matches(SHA_256)) {
                    findings.add(finding(Check.REQUIRED, prefix, section, itemId, field));
                }
            }
            default -> {
                // text: length and markup are all there is to check
            }
        }
    }

    private static void checkNumber(FieldDef field, String value, String section, String itemId, String prefix,
                                    List<Finding> findings) {
        Optional<BigDecimal> number = Numbers.parse(value);
        if (number.isEmpty() || field.type() == FieldType.INTEGER && number.get().stripTrailingZeros().scale() > 0) {
            findings.add(finding(Check.NOT_A_NUMBER, prefix, section, itemId, field));
        } else if (number.get().signum() < 0) {
            findings.add(finding(Check.NEGATIVE, prefix, section, itemId, field));
        } else if (number.get().compareTo(MAX_AMOUNT) > 0) {
            findings.add(finding(Check.TOO_LARGE, prefix, section, itemId, field));
        } else if (field.type() == FieldType.PERCENT
                && (number.get().signum() == 0 || number.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            findings.add(finding(Check.SHARE_RANGE, prefix, section, itemId, field));
        }
    }

    public static boolean isCurrency(String value) {
        if (value == null || !value.strip().matches("[A-Za-z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(value.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An ISO date (as date inputs send it) or a Greek one (dd/MM/yyyy). */
    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String t = value.strip();
        try {
            return Optional.of(t.contains("/") ? LocalDate.parse(t, GREEK_DATE) : LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Finding finding(Check check, String prefix, String section, String itemId, FieldDef field,
                                   Object... extra) {
        Object[] arguments = new Object[extra.length + 1];
        arguments[0] = field.name();
        System.arraycopy(extra, 0, arguments, 1, extra.length);
        return new Finding(check.code(prefix), Severity.ERROR, section, itemId, field.name(),
                "check." + check.name(), arguments);
    }
}
