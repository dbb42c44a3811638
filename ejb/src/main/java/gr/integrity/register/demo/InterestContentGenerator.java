package gr.integrity.register.demo;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.FieldDef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static gr.integrity.register.interest.InterestSchema.BOARDS;
import static gr.integrity.register.interest.InterestSchema.EMPLOYMENT;
import static gr.integrity.register.interest.InterestSchema.GIFTS;
import static gr.integrity.register.interest.InterestSchema.HOLDINGS;
import static gr.integrity.register.interest.InterestSchema.MEMBERSHIPS;
import static gr.integrity.register.interest.InterestSchema.POSITIONS;
import static gr.integrity.register.interest.InterestSchema.TRAVEL;

/**
 * Plausible declarations of interests for demo officials: a past employer, a professional chamber, now and then
 * an unpaid seat on a foundation's board, a small listed holding, a gift or hospitality and a conference paid by an
 * association. The organisations are the demo register's, linked by id as a filing links them. Deterministic for
 * a seed, and written to pass the register's own rules (warnings, such as a gift above the threshold, are
 * confirmed as a filer would confirm them).
 */
public final class InterestContentGenerator {

    /** The organisations the demo declarations name, with their categories; all confirmed in the demo register. */
    public static final List<String[]> ORGANISATIONS = List.of(
            new String[]{"Εθνική Τράπεζα της Ελλάδος Α.Ε.", "National Bank of Greece S.A.", "COMPANY"},
            new String[]{"Δημόσια Επιχείρηση Ηλεκτρισμού Α.Ε.", "Public Power Corporation S.A.", "COMPANY"},
            new String[]{"Οργανισμός Τηλεπικοινωνιών Ελλάδος Α.Ε.", "Hellenic Telecommunications Organization S.A.", "COMPANY"},
            new String[]{"Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών", "National and Kapodistrian University of Athens", "ACADEMIC"},
            new String[]{"Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "Aristotle University of Thessaloniki", "ACADEMIC"},
            new String[]{"Τεχνικό Επιμελητήριο Ελλάδας", "Technical Chamber of Greece", "PROFESSIONAL_BODY"},
            new String[]{"Δικηγορικός Σύλλογος Αθηνών", "Athens Bar Association", "PROFESSIONAL_BODY"},
            new String[]{"Πανελλήνιος Ιατρικός Σύλλογος", "Panhellenic Medical Association", "PROFESSIONAL_BODY"},
            new String[]{"Σύνδεσμος Επιχειρήσεων και Βιομηχανιών", "Hellenic Federation of Enterprises", "TRADE_ASSOCIATION"},
            new String[]{"Ένωση Ελλήνων Εφοπλιστών", "Union of Greek Shipowners", "TRADE_ASSOCIATION"},
            new String[]{"Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής", "Hellenic Foundation for European and Foreign Policy", "THINK_TANK"},
            new String[]{"Ελληνική Εταιρεία Περιβάλλοντος και Πολιτισμού", "Hellenic Society for the Protection of the Environment and the Cultural Heritage", "NGO"});

    private static final int BANK = 0;
    private static final int POWER = 1;
    private static final int TELECOM = 2;
    private static final List<Integer> UNIVERSITIES = List.of(3, 4);
    private static final List<Integer> CHAMBERS = List.of(5, 6, 7);
    private static final int INDUSTRY = 8;
    private static final int SHIPOWNERS = 9;
    private static final int THINK_TANK = 10;
    private static final int SOCIETY = 11;
    private static final List<String> SPOUSE_OCCUPATIONS = List.of("Εκπαιδευτικός", "Ιατρός", "Δικηγόρος",
            "Μηχανικός", "Ιδιωτική υπάλληλος", "Συνταξιούχος", "Ελεύθερος επαγγελματίας");

    private InterestContentGenerator() {
    }

    /**
     * A declaration for a year: the first from scratch, each later one from the year before (what still holds),
     * with the year's gifts and travel.
     *
     * @param filed           the day it is filed: no date in it is later (an initial declaration is filed in its year)
     * @param organisationIds the record id of each of {@link #ORGANISATIONS}, by name
     */
    public static DeclarationContent generate(long seed, int year, LocalDate filed, DeclarationContent previous,
                                              Map<String, Long> organisationIds) {
        Random random = new Random(seed * 37 + year);
        DeclarationContent content = previous == null ? first(seed, year, organisationIds) : carriedOver(previous);
        if (random.nextInt(3) == 0) {
            Item gift = new Item().set("giftKind", random.nextBoolean() ? "GIFT" : "HOSPITALITY")
                    .set("description", random.nextBoolean() ? "Βιβλίο για την ιστορία του κοινοβουλευτισμού"
                            : "Δείπνο στο περιθώριο συνεδρίου")
                    .set("value", String.valueOf(30 + random.nextInt(10) * 10)).set("currency", "EUR")
                    .set("disposition", "KEPT");
            content.items(GIFTS).add(gift);
        }
        if (random.nextInt(4) == 0) {
            Item gift = new Item().set("giftKind", "HOSPITALITY")
                    .set("description", "Διαμονή δύο νυχτών για ομιλία σε συνέδριο")
                    .set("date", notAfter(LocalDate.of(year, 3 + random.nextInt(8), 1 + random.nextInt(27)), filed).toString())
                    .set("value", String.valueOf(250 + random.nextInt(20) * 25)).set("currency", "EUR")
                    .set("disposition", "KEPT");
            organisation(gift, "giver", INDUSTRY, organisationIds);
            content.items(GIFTS).add(gift);
        }
        if (random.nextInt(4) == 0) {
            LocalDate from = notAfter(LocalDate.of(year, 4 + random.nextInt(6), 1 + random.nextInt(25)), filed.minusDays(2));
            Item trip = new Item().set("destination", random.nextBoolean() ? "Λονδίνο" : "Βρυξέλλες")
                    .set("purpose", "Συνέδριο για τη ναυτιλία και την ενεργειακή μετάβαση")
                    .set("from", from.toString()).set("to", from.plusDays(2).toString())
                    .set("value", String.valueOf(900 + random.nextInt(12) * 50)).set("currency", "EUR");
            organisation(trip, "payer", SHIPOWNERS, organisationIds);
            content.items(TRAVEL).add(trip);
        }
        return content;
    }

    /** An amendment: the gift its reason speaks of, which the first version left out. */
    public static DeclarationContent withForgottenGift(DeclarationContent previous, int year, LocalDate filed) {
        DeclarationContent content = previous.copy();
        content.items(GIFTS).add(new Item().set("giftKind", "GIFT").set("description", "Λεύκωμα φωτογραφιών")
                .set("date", notAfter(LocalDate.of(year, 12, 10), filed).toString()).set("value", "60").set("currency", "EUR")
                .set("disposition", "KEPT"));
        return content;
    }

    private static DeclarationContent first(long seed, int year, Map<String, Long> ids) {
        Random random = new Random(seed * 41);
        DeclarationContent content = new DeclarationContent();
        if (random.nextInt(3) > 0) {
            content.getHeader().put("spouseOccupation", SPOUSE_OCCUPATIONS.get(random.nextInt(SPOUSE_OCCUPATIONS.size())));
        }
        int employer = List.of(BANK, POWER, TELECOM).get(random.nextInt(3));
        LocalDate left = LocalDate.of(year - 1 - random.nextInt(3), 1 + random.nextInt(12), 1).minusDays(1);
        Item job = new Item().set("role", List.of("Οικονομολόγος", "Μηχανικός", "Νομικός σύμβουλος").get(random.nextInt(3)))
                .set("workTime", "FULL_TIME").set("from", left.minusYears(4 + random.nextInt(5)).withDayOfMonth(1).toString())
                .set("to", left.toString());
        organisation(job, "employer", employer, ids);
        content.items(EMPLOYMENT).add(job);

        Item chamber = new Item().set("role", "Μέλος").set("from", LocalDate.of(year - 8 - random.nextInt(6), 1, 1).toString());
        organisation(chamber, "organisation", CHAMBERS.get(random.nextInt(CHAMBERS.size())), ids);
        content.items(MEMBERSHIPS).add(chamber);

        if (random.nextBoolean()) {
            Item teaching = new Item().set("role", "Διδάσκων σε μεταπτυχιακό πρόγραμμα").set("paid", "PAID")
                    .set("band", "B1000_5000").set("currency", "EUR")
                    .set("from", LocalDate.of(year - 2 - random.nextInt(4), 10, 1).toString());
            organisation(teaching, "organisation", UNIVERSITIES.get(random.nextInt(UNIVERSITIES.size())), ids);
            content.items(POSITIONS).add(teaching);
        }
        if (random.nextInt(3) == 0) {
            Item board = new Item().set("boardRole", "ADVISORY").set("paid", "UNPAID").set("currency", "EUR")
                    .set("from", LocalDate.of(year - 3, 6, 1).toString());
            organisation(board, "organisation", random.nextBoolean() ? THINK_TANK : SOCIETY, ids);
            content.items(BOARDS).add(board);
        }
        if (random.nextInt(3) == 0) {
            Item holding = new Item().set("share", "0.01").set("value", String.valueOf(26_000 + random.nextInt(30) * 1_000))
                    .set("currency", "EUR").set("owner", "DECLARANT");
            organisation(holding, "company", TELECOM, ids);
            content.items(HOLDINGS).add(holding);
        }
        return content;
    }

    private static DeclarationContent carriedOver(DeclarationContent previous) {
        DeclarationContent content = previous.copy();
        content.items(GIFTS).clear();
        content.items(TRAVEL).clear();
        return content;
    }

    private static LocalDate notAfter(LocalDate date, LocalDate latest) {
        return date.isAfter(latest) ? latest : date;
    }

    private static void organisation(Item item, String field, int index, Map<String, Long> ids) {
        String name = ORGANISATIONS.get(index)[0];
        item.set(field, name);
        Long id = ids.get(name);
        if (id != null) {
            item.set(FieldDef.idFieldOf(field), id.toString());
        }
    }
}
