package gr.integrity.register.demo;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static gr.integrity.register.asset.AssetSchema.CHANGES;
import static gr.integrity.register.asset.AssetSchema.DEPOSITS;
import static gr.integrity.register.asset.AssetSchema.FAMILY;
import static gr.integrity.register.asset.AssetSchema.INCOME;
import static gr.integrity.register.asset.AssetSchema.LIABILITIES;
import static gr.integrity.register.asset.AssetSchema.REAL_ESTATE;
import static gr.integrity.register.asset.AssetSchema.SECURITIES;
import static gr.integrity.register.asset.AssetSchema.VALUABLES;
import static gr.integrity.register.asset.AssetSchema.VEHICLES;

/**
 * Plausible asset declarations for demo officials, year after year: a household with a home, a car, deposits
 * that grow with savings, a mortgage that shrinks, a salary from the official's institution, and now and then a
 * purchase paid from savings. Deterministic for a seed, and written to pass the register's own rules, so the demo
 * shows what a real filing looks like (the private fields carry values too: the public must never see them).
 */
public final class AssetContentGenerator {

    private static final List<String> BANKS = List.of("Εθνική Τράπεζα της Ελλάδος", "Τράπεζα Πειραιώς", "Alpha Bank",
            "Eurobank", "Optima bank", "Συνεταιριστική Τράπεζα Χανίων");
    private static final List<String[]> PLACES = List.of(
            new String[]{"Αττικής", "Αθηναίων"}, new String[]{"Αττικής", "Χαλανδρίου"},
            new String[]{"Αττικής", "Κηφισιάς"}, new String[]{"Κεντρικής Μακεδονίας", "Θεσσαλονίκης"},
            new String[]{"Δυτικής Ελλάδας", "Πατρέων"}, new String[]{"Κρήτης", "Ηρακλείου"},
            new String[]{"Θεσσαλίας", "Λαρισαίων"}, new String[]{"Ηπείρου", "Ιωαννιτών"},
            new String[]{"Πελοποννήσου", "Καλαμάτας"}, new String[]{"Κρήτης", "Χανίων"});
    private static final List<String> STREETS = List.of("Ερμού", "Πατησίων", "Εγνατίας", "Κορίνθου", "Αγίου Νικολάου",
            "Ελευθερίου Βενιζέλου", "Μητροπόλεως", "Αριστοτέλους", "Παπαναστασίου", "Κολοκοτρώνη");
    private static final List<String> CARS = List.of("Toyota Yaris", "Volkswagen Golf", "Škoda Octavia", "Hyundai i20",
            "Peugeot 208", "Kia Ceed", "Fiat Panda");
    private static final List<String> FUNDS = List.of("Ομόλογα Ελληνικού Δημοσίου", "Αμοιβαίο Κεφάλαιο Μετοχικό Εσωτερικού",
            "Αμοιβαίο Κεφάλαιο Ομολογιακό Εξωτερικού", "Έντοκα Γραμμάτια Ελληνικού Δημοσίου");
    private static final String PLATE_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

    /** The household a person declares every year: fixed once, so that years compare. */
    private record Household(boolean spouse, boolean child, String spouseName, LocalDate spouseBorn, String spouseTax,
                             String childName, LocalDate childBorn) {
    }

    private AssetContentGenerator() {
    }

    /**
     * A declaration for a year: the first one from scratch, each later one from the year before (the way the
     * register prefills a draft), with a year's savings, repayments and sometimes a purchase.
     */
    public static DeclarationContent generate(long seed, int year, String familyName, String employer,
                                              DeclarationContent previous) {
        Random random = new Random(seed * 31 + year);
        DeclarationContent content = previous == null ? first(new Random(seed), familyName, year) : previous.copy();
        BigDecimal salary = money(28_000 + new Random(seed).nextInt(40_000)).add(money(year % 7 * 400));
        content.items(INCOME).clear();
        content.items(INCOME).add(item("source", "SALARY", "payer", employer, "amount", plain(salary),
                "currency", "EUR", "owner", "DECLARANT"));
        BigDecimal income = salary;
        if (!content.items(FAMILY).isEmpty() && content.items(FAMILY).get(0).get("relation").equals("SPOUSE")) {
            BigDecimal spouseSalary = money(14_000 + new Random(seed + 7).nextInt(20_000));
            content.items(INCOME).add(item("source", "SALARY", "payer", "Ιδιωτικός τομέας", "amount",
                    plain(spouseSalary), "currency", "EUR", "owner", "SPOUSE"));
            income = income.add(spouseSalary);
        }
        if (content.items(REAL_ESTATE).size() > 1) {
            BigDecimal rent = money(4_800 + new Random(seed + 3).nextInt(3) * 1_200);
            content.items(INCOME).add(item("source", "RENT", "payer", "Μίσθωση κατοικίας", "amount", plain(rent),
                    "currency", "EUR", "owner", "DECLARANT"));
            income = income.add(rent);
        }
        content.getHeader().put("incomeTotal", plain(income));
        content.getHeader().put("incomeTotalCurrency", "EUR");

        content.items(CHANGES).clear();
        BigDecimal savings = income.multiply(new BigDecimal("0.18")).setScale(0, RoundingMode.HALF_UP);
        if (previous != null && random.nextInt(4) == 0) {
            savings = savings.subtract(buyCar(content, random, year, savings));
        }
        DeclarationContent.Item main = content.items(DEPOSITS).get(0);
        main.set("amount", plain(amount(main.get("amount")).add(savings).max(BigDecimal.valueOf(500))));
        for (DeclarationContent.Item loan : content.items(LIABILITIES)) {
            BigDecimal left = amount(loan.get("amount")).subtract(money(5_500 + random.nextInt(3_000)));
            loan.set("amount", plain(left.max(BigDecimal.ZERO)));
        }
        content.items(LIABILITIES).removeIf(loan -> amount(loan.get("amount")).signum() == 0);
        return content;
    }

    /** An amendment: the forgotten savings account its reason speaks of. */
    public static DeclarationContent withForgottenDeposit(DeclarationContent previous, int year) {
        DeclarationContent content = previous.copy();
        Random random = new Random(year * 7L + content.itemCount());
        content.items(DEPOSITS).add(item("kind", "DEPOSIT", "institution", "Ταχυδρομικό Ταμιευτήριο",
                "accountNumber", "GR" + (1_000_000_000L + random.nextInt(900_000_000)) + "0000000000000",
                "amount", String.valueOf(500 + random.nextInt(40) * 100), "currency", "EUR", "share", "100",
                "owner", "DECLARANT"));
        return content;
    }

    /**
     * The same declaration with small accounts added (a household that keeps its savings in many places) until it
     * holds at least {@code items} items: the size of filing the benchmark's submissions make.
     */
    public static DeclarationContent grownTo(DeclarationContent content, int items, long seed) {
        DeclarationContent grown = content.copy();
        // a stream of its own: the seed of the first declaration would repeat its account numbers
        Random random = new Random(Long.rotateLeft(seed, 17) ^ 0x2545F4914F6CDD1DL);
        while (grown.itemCount() < items) {
            boolean deposit = random.nextInt(3) > 0;
            grown.items(deposit ? DEPOSITS : SECURITIES).add(deposit
                    ? item("kind", "DEPOSIT", "institution", BANKS.get(random.nextInt(BANKS.size())),
                    "accountNumber", iban(random), "amount", plain(money(200 + random.nextInt(9_000))),
                    "currency", "EUR", "share", "100", "owner", "DECLARANT")
                    : item("kind", "FUNDS", "issuer", FUNDS.get(random.nextInt(FUNDS.size())) + " " + grown.itemCount(),
                    "value", plain(money(500 + random.nextInt(9_000))), "currency", "EUR", "owner", "DECLARANT"));
        }
        return grown;
    }

    /** A first declaration for the year: nothing in it made or bought after the year. */
    private static DeclarationContent first(Random random, String familyName, int year) {
        DeclarationContent content = new DeclarationContent();
        Household household = household(random, familyName, year);
        if (household.spouse()) {
            content.items(FAMILY).add(item("relation", "SPOUSE", "fullName", household.spouseName(), "birthDate",
                    household.spouseBorn().toString(), "taxNumber", household.spouseTax()));
        }
        if (household.child()) {
            content.items(FAMILY).add(item("relation", "CHILD", "fullName", household.childName(), "birthDate",
                    household.childBorn().toString()));
        }
        String[] home = PLACES.get(random.nextInt(PLACES.size()));
        BigDecimal homeValue = money(120_000 + random.nextInt(180_000));
        content.items(REAL_ESTATE).add(item("kind", "APARTMENT", "country", "Ελλάδα", "region", home[0],
                "municipality", home[1], "address", address(random), "area", String.valueOf(70 + random.nextInt(70)),
                "acquisitionYear", String.valueOf(Math.min(year, 2005 + random.nextInt(12))), "acquisitionWay", "PURCHASE",
                "share", household.spouse() ? "50" : "100", "value", plain(homeValue), "currency", "EUR",
                "owner", "DECLARANT"));
        if (household.spouse()) {
            content.items(REAL_ESTATE).add(item("kind", "APARTMENT", "country", "Ελλάδα", "region", home[0],
                    "municipality", home[1], "address", address(random), "area", "48",
                    "acquisitionYear", String.valueOf(1995 + random.nextInt(10)), "acquisitionWay", "INHERITANCE",
                    "share", "100", "value", plain(money(60_000 + random.nextInt(40_000))), "currency", "EUR",
                    "owner", "SPOUSE"));
        }
        if (random.nextInt(3) == 0) {
            String[] village = PLACES.get(random.nextInt(PLACES.size()));
            content.items(REAL_ESTATE).add(item("kind", "LAND", "country", "Ελλάδα", "region", village[0],
                    "municipality", village[1], "area", String.valueOf(2_000 + random.nextInt(8_000)),
                    "acquisitionYear", String.valueOf(1990 + random.nextInt(20)), "acquisitionWay", "INHERITANCE",
                    "share", "33.33", "value", plain(money(8_000 + random.nextInt(20_000))), "currency", "EUR",
                    "owner", "DECLARANT"));
        }
        content.items(VEHICLES).add(car(random, Math.min(year, 2012 + random.nextInt(8))));
        content.items(DEPOSITS).add(item("kind", "DEPOSIT", "institution", BANKS.get(random.nextInt(BANKS.size())),
                "accountNumber", iban(random), "amount", plain(money(6_000 + random.nextInt(40_000))),
                "currency", "EUR", "share", "100", "owner", "DECLARANT"));
        if (household.spouse()) {
            content.items(DEPOSITS).add(item("kind", "DEPOSIT", "institution", BANKS.get(random.nextInt(BANKS.size())),
                    "accountNumber", iban(random), "amount", plain(money(2_000 + random.nextInt(15_000))),
                    "currency", "EUR", "share", "50", "owner", "SPOUSE"));
        }
        if (random.nextBoolean()) {
            content.items(SECURITIES).add(item("kind", random.nextBoolean() ? "BONDS" : "FUNDS",
                    "issuer", FUNDS.get(random.nextInt(FUNDS.size())), "value", plain(money(3_000 + random.nextInt(25_000))),
                    "currency", "EUR", "owner", "DECLARANT"));
        }
        content.items(LIABILITIES).add(item("kind", "MORTGAGE", "lender", content.items(DEPOSITS).get(0).get("institution"),
                "lenderKind", "BANK", "amount", plain(homeValue.multiply(new BigDecimal("0.45")).setScale(0, RoundingMode.HALF_UP)),
                "currency", "EUR", "owner", "DECLARANT"));
        if (random.nextInt(4) == 0) {
            content.items(VALUABLES).add(item("description", "Πίνακας ζωγραφικής (λάδι σε μουσαμά, 20ός αιώνας)",
                    "value", plain(money(4_000 + random.nextInt(8_000))), "currency", "EUR", "owner", "DECLARANT"));
        }
        return content;
    }

    /** Replaces the oldest car with a new one bought this year from savings; returns what it cost. */
    private static BigDecimal buyCar(DeclarationContent content, Random random, int year, BigDecimal savings) {
        DeclarationContent.Item old = content.items(VEHICLES).get(0);
        DeclarationContent.Item bought = car(random, year);
        bought.set("acquisitionYear", String.valueOf(year));
        BigDecimal price = amount(bought.get("value"));
        BigDecimal proceeds = money(2_000 + random.nextInt(4_000));
        content.items(VEHICLES).remove(old);
        content.items(VEHICLES).add(bought);
        content.items(CHANGES).add(item("change", "DISPOSAL", "asset", "Αυτοκίνητο " + old.get("makeModel"),
                "date", LocalDate.of(year, 3 + random.nextInt(3), 1 + random.nextInt(27)).toString(),
                "proceeds", plain(proceeds), "currency", "EUR", "owner", "DECLARANT"));
        content.items(CHANGES).add(item("change", "ACQUISITION", "asset", "Αυτοκίνητο " + bought.get("makeModel"),
                "date", LocalDate.of(year, 6 + random.nextInt(3), 1 + random.nextInt(27)).toString(),
                "price", plain(price), "currency", "EUR", "owner", "DECLARANT",
                "sourceOfFunds", "Αποταμιεύσεις από μισθούς και το τίμημα πώλησης του προηγούμενου αυτοκινήτου ("
                        + plain(proceeds) + " €)."));
        return price.subtract(proceeds).min(savings.add(money(10_000)));
    }

    private static DeclarationContent.Item car(Random random, int yearMade) {
        return item("kind", "CAR", "makeModel", CARS.get(random.nextInt(CARS.size())), "registration", plate(random),
                "yearMade", String.valueOf(yearMade), "acquisitionYear", String.valueOf(yearMade), "share", "100",
                "value", plain(money(yearMade >= 2023 ? 18_000 + random.nextInt(9_000) : 6_000 + random.nextInt(6_000))),
                "currency", "EUR", "owner", "DECLARANT");
    }

    private static Household household(Random random, String familyName, int year) {
        boolean spouse = random.nextInt(10) < 7;
        boolean child = spouse && random.nextInt(10) < 4;
        // a Greek spouse usually keeps the family name of birth
        String spouseName = GreekNames.FEMALE.get(random.nextInt(GreekNames.FEMALE.size())) + " "
                + GreekNames.SURNAMES.get(random.nextInt(GreekNames.SURNAMES.size())).feminine();
        String childName = GreekNames.MALE.get(random.nextInt(GreekNames.MALE.size())) + " " + familyName;
        return new Household(spouse, child, spouseName, LocalDate.of(1965 + random.nextInt(20), 1 + random.nextInt(12),
                1 + random.nextInt(28)), taxNumber(random), childName,
                LocalDate.of(Math.min(year - 1, 2010 + random.nextInt(8)), 1 + random.nextInt(12),
                1 + random.nextInt(28)));
    }

    private static DeclarationContent.Item item(String... pairs) {
        DeclarationContent.Item item = new DeclarationContent.Item();
        for (int i = 0; i < pairs.length; i += 2) {
            item.set(pairs[i], pairs[i + 1]);
        }
        return item;
    }

    private static String address(Random random) {
        return "Οδός " + STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(180));
    }

    private static String plate(Random random) {
        StringBuilder plate = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        }
        return plate.append('-').append(1000 + random.nextInt(9000)).toString();
    }

    private static String iban(Random random) {
        StringBuilder iban = new StringBuilder("GR");
        for (int i = 0; i < 25; i++) {
            iban.append(random.nextInt(10));
        }
        return iban.toString();
    }

    private static String taxNumber(Random random) {
        return String.valueOf(100_000_000 + random.nextInt(899_999_999));
    }

    private static BigDecimal money(int euros) {
        return BigDecimal.valueOf(euros / 100 * 100L);
    }

    private static BigDecimal amount(String text) {
        return Numbers.parse(text).orElse(BigDecimal.ZERO);
    }

    private static String plain(BigDecimal value) {
        return Numbers.normalize(value);
    }
}
