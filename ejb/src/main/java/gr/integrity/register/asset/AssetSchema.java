package gr.integrity.register.asset;

import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.SectionDef;

import java.util.List;

import static gr.integrity.register.declaration.FieldDef.choice;
import static gr.integrity.register.declaration.FieldDef.longText;
import static gr.integrity.register.declaration.FieldDef.of;
import static gr.integrity.register.declaration.FieldDef.text;
import static gr.integrity.register.declaration.Privacy.PRIVATE;
import static gr.integrity.register.declaration.Privacy.PUBLIC;

/**
 * The sections and fields of the asset declaration, each field with its publicity: exact addresses, account
 * numbers, registration plates and family members' names and identifiers are private; the public sees the region
 * and municipality, the institution, the make, and the relation.
 */
public final class AssetSchema {

    public static final String FAMILY = "family";
    public static final String REAL_ESTATE = "realEstate";
    public static final String VEHICLES = "vehicles";
    public static final String DEPOSITS = "deposits";
    public static final String SECURITIES = "securities";
    public static final String PARTICIPATIONS = "participations";
    public static final String LIABILITIES = "liabilities";
    public static final String INCOME = "income";
    public static final String VALUABLES = "valuables";
    public static final String CHANGES = "changes";

    public static final String OWNER = "owner";
    public static final String[] OWNERS = {"DECLARANT", "SPOUSE", "CHILD"};

    public static final DeclarationSchema SCHEMA = new DeclarationSchema(DeclarationType.ASSET,
            List.of(of("incomeTotal", FieldType.AMOUNT, PUBLIC, false),
                    of("incomeTotalCurrency", FieldType.CURRENCY, PUBLIC, false),
                    longText("notes", PUBLIC, false)),
            List.of(
                    new SectionDef(FAMILY, List.of(
                            choice("relation", true, "SPOUSE", "PARTNER", "CHILD"),
                            text("fullName", PRIVATE, true),
                            of("birthDate", FieldType.DATE, PRIVATE, false),
                            text("taxNumber", PRIVATE, false)),
                            List.of("relation", "fullName")),
                    new SectionDef(REAL_ESTATE, List.of(
                            choice("kind", true, "APARTMENT", "HOUSE", "LAND", "PLOT", "SHOP", "OFFICE", "WAREHOUSE", "OTHER"),
                            text("country", PUBLIC, true),
                            text("region", PUBLIC, false),
                            text("municipality", PUBLIC, true),
                            text("address", PRIVATE, false),
                            of("area", FieldType.DECIMAL, PUBLIC, true),
                            of("acquisitionYear", FieldType.YEAR, PUBLIC, false),
                            choice("acquisitionWay", false, "PURCHASE", "INHERITANCE", "DONATION", "PARENTAL_GIFT",
                                    "CONSTRUCTION", "OTHER"),
                            of("share", FieldType.PERCENT, PUBLIC, true),
                            of("value", FieldType.AMOUNT, PUBLIC, false),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("kind", "country", "municipality", "address", "area")),
                    new SectionDef(VEHICLES, List.of(
                            choice("kind", true, "CAR", "MOTORCYCLE", "VESSEL", "AIRCRAFT", "OTHER"),
                            text("makeModel", PUBLIC, true),
                            text("registration", PRIVATE, false),
                            of("yearMade", FieldType.YEAR, PUBLIC, false),
                            of("acquisitionYear", FieldType.YEAR, PUBLIC, false),
                            of("share", FieldType.PERCENT, PUBLIC, true),
                            of("value", FieldType.AMOUNT, PUBLIC, false),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("kind", "makeModel", "registration")),
                    new SectionDef(DEPOSITS, List.of(
                            choice("kind", true, "DEPOSIT", "CASH"),
                            text("institution", PUBLIC, false),
                            text("accountNumber", PRIVATE, false),
                            of("amount", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            of("share", FieldType.PERCENT, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("kind", "institution", "accountNumber")),
                    new SectionDef(SECURITIES, List.of(
                            choice("kind", true, "SHARES", "BONDS", "FUNDS", "DERIVATIVES", "CRYPTO", "OTHER"),
                            text("issuer", PUBLIC, true),
                            of("quantity", FieldType.DECIMAL, PUBLIC, false),
                            of("value", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("kind", "issuer")),
                    new SectionDef(PARTICIPATIONS, List.of(
                            text("company", PUBLIC, true),
                            text("registryNumber", PUBLIC, false),
                            of("share", FieldType.PERCENT, PUBLIC, true),
                            of("acquisitionYear", FieldType.YEAR, PUBLIC, false),
                            of("value", FieldType.AMOUNT, PUBLIC, false),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("company", "registryNumber")),
                    new SectionDef(LIABILITIES, List.of(
                            choice("kind", true, "MORTGAGE", "CONSUMER", "BUSINESS", "PERSONAL", "OTHER"),
                            text("lender", PUBLIC, true),
                            choice("lenderKind", true, "BANK", "NON_BANK", "INDIVIDUAL"),
                            of("amount", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("kind", "lender")),
                    new SectionDef(INCOME, List.of(
                            choice("source", true, "SALARY", "PENSION", "BUSINESS", "RENT", "INTEREST_DIVIDENDS",
                                    "AGRICULTURE", "OTHER"),
                            text("payer", PUBLIC, false),
                            of("amount", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("source", "payer")),
                    new SectionDef(VALUABLES, List.of(
                            text("description", PUBLIC, true),
                            of("value", FieldType.AMOUNT, PUBLIC, true),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            choice(OWNER, true, OWNERS)),
                            List.of("description")),
                    new SectionDef(CHANGES, List.of(
                            choice("change", true, "ACQUISITION", "DISPOSAL"),
                            text("asset", PUBLIC, true),
                            of("date", FieldType.DATE, PUBLIC, true),
                            of("price", FieldType.AMOUNT, PUBLIC, false),
                            of("proceeds", FieldType.AMOUNT, PUBLIC, false),
                            of("currency", FieldType.CURRENCY, PUBLIC, true),
                            longText("sourceOfFunds", PUBLIC, false),
                            choice(OWNER, true, OWNERS)),
                            List.of("change", "asset", "date"))));

    private AssetSchema() {
    }

    /** Fields a new item starts with, so that the usual answer need not be typed. */
    static java.util.Map<String, String> defaults(String section) {
        java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
        SCHEMA.section(section).ifPresent(s -> s.fields().forEach(f -> {
            switch (f.name()) {
                case "currency" -> defaults.put("currency", "EUR");
                case "share" -> defaults.put("share", "100");
                case OWNER -> defaults.put(OWNER, "DECLARANT");
                case "country" -> defaults.put("country", "Ελλάδα");
                default -> {
                }
            }
        }));
        return defaults;
    }
}
