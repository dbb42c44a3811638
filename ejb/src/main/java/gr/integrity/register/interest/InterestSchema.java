package gr.integrity.register.interest;

import gr.integrity.register.declaration.AmountBands;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.SectionDef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gr.integrity.register.declaration.FieldDef.choice;
import static gr.integrity.register.declaration.FieldDef.longText;
import static gr.integrity.register.declaration.FieldDef.of;
import static gr.integrity.register.declaration.FieldDef.organisation;
import static gr.integrity.register.declaration.FieldDef.text;
import static gr.integrity.register.declaration.Privacy.BANDED;
import static gr.integrity.register.declaration.Privacy.PUBLIC;

/**
 * The sections and fields of the declaration of interests. Every organisation is a link to the organisation
 * register. Outside income is declared as an amount or a band, and published as a band, as the European Parliament
 * publishes its members' outside income; the rest is public, since what this declaration is for is to let anyone
 * see what could conflict with the office. Family members are named nowhere: the spouse appears by occupation.
 */
public final class InterestSchema {

    public static final String POSITIONS = "positions";
    public static final String HOLDINGS = "holdings";
    public static final String BOARDS = "boards";
    public static final String EMPLOYMENT = "employment";
    public static final String MEMBERSHIPS = "memberships";
    public static final String GIFTS = "gifts";
    public static final String TRAVEL = "travel";
    public static final String OTHER = "otherInterests";

    public static final String[] PAID = {"PAID", "UNPAID"};
    public static final String[] OWNERS = {"DECLARANT", "SPOUSE", "CHILD"};

    public static final DeclarationSchema SCHEMA = new DeclarationSchema(DeclarationType.INTEREST,
            fields(text("spouseOccupation", PUBLIC, false),
                    organisation("spouseEmployer", false),
                    longText("notes", PUBLIC, false)),
            List.of(
                    new SectionDef(POSITIONS, fields(
                            organisation("organisation", true),
                            text("role", PUBLIC, true),
                            choice("paid", true, PAID),
                            of("amount", FieldType.AMOUNT, BANDED, false),
                            choice("band", false, AmountBands.CODES),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            of("from", FieldType.DATE, PUBLIC, true),
                            of("to", FieldType.DATE, PUBLIC, false)),
                            List.of("organisation", "role")),
                    new SectionDef(HOLDINGS, fields(
                            organisation("company", true),
                            of("share", FieldType.PERCENT, PUBLIC, false),
                            of("value", FieldType.AMOUNT, PUBLIC, false),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice("owner", true, OWNERS)),
                            List.of("company", "owner")),
                    new SectionDef(BOARDS, fields(
                            organisation("organisation", true),
                            choice("boardRole", true, "CHAIR", "VICE_CHAIR", "EXECUTIVE", "NON_EXECUTIVE", "ADVISORY",
                                    "SUPERVISORY", "OTHER"),
                            choice("paid", true, PAID),
                            of("amount", FieldType.AMOUNT, BANDED, false),
                            choice("band", false, AmountBands.CODES),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            of("from", FieldType.DATE, PUBLIC, true),
                            of("to", FieldType.DATE, PUBLIC, false)),
                            List.of("organisation", "boardRole")),
                    new SectionDef(EMPLOYMENT, fields(
                            organisation("employer", true),
                            text("role", PUBLIC, true),
                            choice("workTime", true, "FULL_TIME", "PART_TIME"),
                            of("from", FieldType.DATE, PUBLIC, true),
                            of("to", FieldType.DATE, PUBLIC, false)),
                            List.of("employer", "role", "from")),
                    new SectionDef(MEMBERSHIPS, fields(
                            organisation("organisation", true),
                            text("role", PUBLIC, false),
                            of("from", FieldType.DATE, PUBLIC, false)),
                            List.of("organisation")),
                    new SectionDef(GIFTS, fields(
                            choice("giftKind", true, "GIFT", "HOSPITALITY"),
                            text("description", PUBLIC, true),
                            organisation("giver", false),
                            text("giverPerson", PUBLIC, false),
                            of("date", FieldType.DATE, PUBLIC, false),
                            of("value", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice("disposition", false, "KEPT", "RETURNED", "HANDED_OVER")),
                            List.of("description", "giver", "giverPerson", "date")),
                    new SectionDef(TRAVEL, fields(
                            organisation("payer", true),
                            text("destination", PUBLIC, true),
                            text("purpose", PUBLIC, true),
                            of("from", FieldType.DATE, PUBLIC, true),
                            of("to", FieldType.DATE, PUBLIC, false),
                            of("value", FieldType.AMOUNT, PUBLIC, false),
                            choice("band", false, AmountBands.CODES),
                            of("currency", FieldType.CURRENCY, PUBLIC, true)),
                            List.of("payer", "destination", "from")),
                    new SectionDef(OTHER, fields(
                            longText("description", PUBLIC, true),
                            organisation("organisation", false)),
                            List.of("description"))));

    private InterestSchema() {
    }

    /** Fields a new item starts with, so that the usual answer need not be typed. */
    static Map<String, String> defaults(String section) {
        Map<String, String> defaults = new LinkedHashMap<>();
        SCHEMA.section(section).ifPresent(s -> s.fields().forEach(f -> {
            switch (f.name()) {
                case "currency" -> defaults.put("currency", "EUR");
                case "owner" -> defaults.put("owner", "DECLARANT");
                case "workTime" -> defaults.put("workTime", "FULL_TIME");
                default -> {
                }
            }
        }));
        return defaults;
    }

    /** Single fields and the pairs {@link FieldDef#organisation} gives, in order, as one list. */
    private static List<FieldDef> fields(Object... parts) {
        List<FieldDef> fields = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof FieldDef field) {
                fields.add(field);
            } else {
                for (Object f : (Collection<?>) part) {
                    fields.add((FieldDef) f);
                }
            }
        }
        return fields;
    }
}
