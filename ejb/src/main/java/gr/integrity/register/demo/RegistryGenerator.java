package gr.integrity.register.demo;

import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.TaxNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a register of Greek institutions, posts, officials and mandates from a seed: the same seed always gives
 * the same register. Ids are assigned here (from the given bases) so that the rows can be written in bulk.
 */
public final class RegistryGenerator {

    public record InstitutionRow(long id, String nameEl, String nameEn, InstitutionKind kind, String website) {
    }

    public record PositionRow(long id, long institutionId, String titleEl, String titleEn, ObligedCategory category,
                              Integer finalYears) {
    }

    public record PersonRow(long id, String givenName, String familyName, String fatherName, String gender,
                            LocalDate birthDate, String taxNumber, String email, String phone) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    public record MandateRow(long id, long personId, long positionId, LocalDate start, LocalDate end,
                             String constituency) {
    }

    public record Registry(List<InstitutionRow> institutions, List<PositionRow> positions, List<PersonRow> persons,
                           List<MandateRow> mandates) {
    }

    /** First free id of each table. */
    public record IdBase(long institution, long position, long person, long mandate) {
    }

    private static final String[][] MINISTRIES = {
            {"Υπουργείο Εθνικής Οικονομίας και Οικονομικών", "Ministry of National Economy and Finance"},
            {"Υπουργείο Εξωτερικών", "Ministry of Foreign Affairs"},
            {"Υπουργείο Εθνικής Άμυνας", "Ministry of National Defence"},
            {"Υπουργείο Εσωτερικών", "Ministry of the Interior"},
            {"Υπουργείο Υγείας", "Ministry of Health"},
            {"Υπουργείο Παιδείας, Θρησκευμάτων και Αθλητισμού", "Ministry of Education, Religious Affairs and Sports"},
            {"Υπουργείο Ανάπτυξης", "Ministry of Development"},
            {"Υπουργείο Υποδομών και Μεταφορών", "Ministry of Infrastructure and Transport"},
            {"Υπουργείο Περιβάλλοντος και Ενέργειας", "Ministry of Environment and Energy"},
            {"Υπουργείο Δικαιοσύνης", "Ministry of Justice"},
            {"Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης", "Ministry of Labour and Social Security"},
            {"Υπουργείο Πολιτισμού", "Ministry of Culture"},
            {"Υπουργείο Τουρισμού", "Ministry of Tourism"},
            {"Υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων", "Ministry of Rural Development and Food"},
            {"Υπουργείο Ψηφιακής Διακυβέρνησης", "Ministry of Digital Governance"},
            {"Υπουργείο Προστασίας του Πολίτη", "Ministry of Citizen Protection"},
            {"Υπουργείο Ναυτιλίας και Νησιωτικής Πολιτικής", "Ministry of Maritime Affairs and Insular Policy"},
            {"Υπουργείο Κλιματικής Κρίσης και Πολιτικής Προστασίας", "Ministry of Climate Crisis and Civil Protection"}};

    private static final String[][] REGIONS = {
            {"Αττικής", "Attica"}, {"Κεντρικής Μακεδονίας", "Central Macedonia"},
            {"Ανατολικής Μακεδονίας και Θράκης", "Eastern Macedonia and Thrace"},
            {"Δυτικής Μακεδονίας", "Western Macedonia"}, {"Ηπείρου", "Epirus"}, {"Θεσσαλίας", "Thessaly"},
            {"Ιονίων Νήσων", "Ionian Islands"}, {"Δυτικής Ελλάδας", "Western Greece"},
            {"Στερεάς Ελλάδας", "Central Greece"}, {"Πελοποννήσου", "Peloponnese"},
            {"Βορείου Αιγαίου", "North Aegean"}, {"Νοτίου Αιγαίου", "South Aegean"}, {"Κρήτης", "Crete"}};

    private static final String[][] MUNICIPALITIES = {
            {"Αθηναίων", "Athens"}, {"Θεσσαλονίκης", "Thessaloniki"}, {"Πειραιά", "Piraeus"}, {"Πατρέων", "Patras"},
            {"Ηρακλείου", "Heraklion"}, {"Λαρισαίων", "Larissa"}, {"Βόλου", "Volos"}, {"Ιωαννιτών", "Ioannina"},
            {"Χανίων", "Chania"}, {"Καλαμάτας", "Kalamata"}, {"Ρόδου", "Rhodes"}, {"Σερρών", "Serres"},
            {"Κομοτηνής", "Komotini"}, {"Τρικκαίων", "Trikala"}, {"Καβάλας", "Kavala"}, {"Κέρκυρας", "Corfu"},
            {"Αλεξανδρούπολης", "Alexandroupoli"}, {"Χαλκιδέων", "Chalkida"}, {"Κοζάνης", "Kozani"},
            {"Μυτιλήνης", "Mytilene"}};

    private static final String[] CONSTITUENCIES = {"Α' Αθηνών", "Β1' Βόρειου Τομέα Αθηνών", "Β2' Δυτικού Τομέα Αθηνών",
            "Β3' Νότιου Τομέα Αθηνών", "Α' Πειραιώς", "Β' Πειραιώς", "Ανατολικής Αττικής", "Δυτικής Αττικής",
            "Α' Θεσσαλονίκης", "Β' Θεσσαλονίκης", "Αχαΐας", "Ηρακλείου", "Λαρίσης", "Μαγνησίας", "Ιωαννίνων",
            "Σερρών", "Χανίων", "Μεσσηνίας", "Δωδεκανήσου", "Κερκύρας", "Εβρου", "Κοζάνης", "Λέσβου", "Κυκλάδων"};

    private final Random random;
    private final LocalDate today;
    /** When councillors' terms may begin (null: all at the last local election, as in the demo). */
    private final LocalDate councillorsFrom;
    private long nextInstitution;
    private long nextPosition;
    private long nextPerson;
    private long nextMandate;
    private final List<InstitutionRow> institutions = new ArrayList<>();
    private final List<PositionRow> positions = new ArrayList<>();
    private final List<PersonRow> persons = new ArrayList<>();
    private final List<MandateRow> mandates = new ArrayList<>();

    private RegistryGenerator(long seed, IdBase ids, LocalDate today, LocalDate councillorsFrom) {
        this.random = new Random(seed);
        this.today = today;
        this.councillorsFrom = councillorsFrom;
        this.nextInstitution = ids.institution();
        this.nextPosition = ids.position();
        this.nextPerson = ids.person();
        this.nextMandate = ids.mandate();
    }

    /**
     * A register with the government, ministries, parliament, regions, municipalities, courts and police, and about
     * {@code officials} officials holding their posts (members of parliament and municipal councillors fill up to
     * the number asked for).
     */
    public static Registry generate(long seed, int officials, IdBase ids, LocalDate today) {
        return new RegistryGenerator(seed, ids, today, null).build(officials);
    }

    /**
     * As {@link #generate(long, int, IdBase, LocalDate)}, for a register with a history: the councillors' terms
     * began on any day from {@code councillorsFrom} to the last local election, so that they owe declarations for
     * every year since (the scale data of the benchmark).
     */
    public static Registry generateWithHistory(long seed, int officials, IdBase ids, LocalDate today,
                                               LocalDate councillorsFrom) {
        return new RegistryGenerator(seed, ids, today, councillorsFrom).build(officials);
    }

    private Registry build(int officials) {
        LocalDate election = LocalDate.of(2023, 6, 25);
        LocalDate localElection = LocalDate.of(2024, 1, 1);

        InstitutionRow government = institution("Ελληνική Κυβέρνηση", "Hellenic Government", InstitutionKind.GOVERNMENT,
                "https://www.primeminister.gr");
        PositionRow primeMinister = position(government, "Πρωθυπουργός", "Prime Minister", ObligedCategory.POLITICAL, null);
        InstitutionRow parliament = institution("Βουλή των Ελλήνων", "Hellenic Parliament", InstitutionKind.PARLIAMENT,
                "https://www.hellenicparliament.gr");
        PositionRow mp = position(parliament, "Βουλευτής", "Member of Parliament", ObligedCategory.POLITICAL, null);

        List<PersonRow> mps = new ArrayList<>();
        PersonRow pm = newPerson();
        mandate(pm, primeMinister, election.plusDays(2), null, null);
        mandate(pm, mp, election, null, pick(CONSTITUENCIES));

        for (String[] ministry : MINISTRIES) {
            InstitutionRow m = institution(ministry[0], ministry[1], InstitutionKind.MINISTRY, null);
            PositionRow minister = position(m, "Υπουργός", "Minister", ObligedCategory.POLITICAL, null);
            PositionRow deputy = position(m, "Υφυπουργός", "Deputy Minister", ObligedCategory.POLITICAL, null);
            PositionRow secretary = position(m, "Γενικός Γραμματέας", "Secretary General",
                    ObligedCategory.SECRETARY_GENERAL, null);
            // most ministers are also members of parliament; some ministries changed hands in the 2024 reshuffle
            boolean reshuffled = random.nextInt(3) == 0;
            LocalDate reshuffle = LocalDate.of(2024, 6, 14);
            PersonRow holder = newPerson();
            mandate(holder, minister, election.plusDays(2), reshuffled ? reshuffle.minusDays(1) : null, null);
            if (random.nextInt(10) < 7) {
                mandate(holder, mp, election, null, pick(CONSTITUENCIES));
                mps.add(holder);
            }
            if (reshuffled) {
                PersonRow successor = newPerson();
                mandate(successor, minister, reshuffle, null, null);
            }
            PersonRow deputyHolder = newPerson();
            mandate(deputyHolder, deputy, election.plusDays(2), null, null);
            mandate(deputyHolder, mp, election, null, pick(CONSTITUENCIES));
            mps.add(deputyHolder);
            mandate(newPerson(), secretary, election.plusDays(random.nextInt(60) + 10), null, null);
        }

        for (String[] region : REGIONS) {
            InstitutionRow r = institution("Περιφέρεια " + region[0], "Region of " + region[1], InstitutionKind.REGION, null);
            PositionRow governor = position(r, "Περιφερειάρχης", "Regional Governor", ObligedCategory.LOCAL_GOVERNMENT, 3);
            mandate(newPerson(), governor, localElection, null, null);
        }
        List<PositionRow> councillors = new ArrayList<>();
        for (String[] municipality : MUNICIPALITIES) {
            InstitutionRow d = institution("Δήμος " + municipality[0], "Municipality of " + municipality[1],
                    InstitutionKind.MUNICIPALITY, null);
            PositionRow mayor = position(d, "Δήμαρχος", "Mayor", ObligedCategory.LOCAL_GOVERNMENT, 3);
            councillors.add(position(d, "Δημοτικός Σύμβουλος", "Municipal Councillor",
                    ObligedCategory.LOCAL_GOVERNMENT, null));
            mandate(newPerson(), mayor, localElection, null, null);
        }

        InstitutionRow supremeCourt = institution("Άρειος Πάγος", "Supreme Civil and Criminal Court of Greece",
                InstitutionKind.COURT, "https://www.areiospagos.gr");
        InstitutionRow councilOfState = institution("Συμβούλιο της Επικρατείας", "Council of State",
                InstitutionKind.COURT, "https://www.adjustice.gr");
        PositionRow judgeSc = position(supremeCourt, "Αρεοπαγίτης", "Justice of the Supreme Court", ObligedCategory.JUSTICE, null);
        PositionRow judgeCs = position(councilOfState, "Σύμβουλος Επικρατείας", "Councillor of State", ObligedCategory.JUSTICE, null);
        for (int i = 0; i < 6; i++) {
            mandate(newPerson(), i % 2 == 0 ? judgeSc : judgeCs, LocalDate.of(2012 + i, 9, 16), null, null);
        }
        InstitutionRow police = institution("Ελληνική Αστυνομία", "Hellenic Police", InstitutionKind.SECURITY_FORCE,
                "https://www.astynomia.gr");
        PositionRow policeDirector = position(police, "Αστυνομικός Διευθυντής", "Police Director",
                ObligedCategory.ARMED_SECURITY, null);
        for (int i = 0; i < 4; i++) {
            mandate(newPerson(), policeDirector, LocalDate.of(2019 + i, 3, 1), null, null);
        }
        InstitutionRow authority = institution("Εθνική Αρχή Διαφάνειας", "National Transparency Authority",
                InstitutionKind.INDEPENDENT_AUTHORITY, "https://aead.gr");
        PositionRow governorNta = position(authority, "Διοικητής", "Governor", ObligedCategory.PUBLIC_SECTOR, null);
        mandate(newPerson(), governorNta, LocalDate.of(2022, 5, 1), null, null);

        // members of parliament until 300 seats are filled, then municipal councillors, up to the number asked for
        while (mps.size() < 300 - 1 && persons.size() < officials) {
            PersonRow member = newPerson();
            mandate(member, mp, election, null, pick(CONSTITUENCIES));
            mps.add(member);
        }
        while (persons.size() < officials) {
            PositionRow councillor = councillors.get(random.nextInt(councillors.size()));
            LocalDate start = localElection;
            if (councillorsFrom != null) {
                long days = localElection.toEpochDay() - councillorsFrom.toEpochDay();
                start = councillorsFrom.plusDays(Math.floorMod(random.nextLong(), days + 1));
            }
            mandate(newPerson(), councillor, start, null, null);
        }
        return new Registry(List.copyOf(institutions), List.copyOf(positions), List.copyOf(persons), List.copyOf(mandates));
    }

    private InstitutionRow institution(String nameEl, String nameEn, InstitutionKind kind, String website) {
        InstitutionRow row = new InstitutionRow(nextInstitution++, nameEl, nameEn, kind, website);
        institutions.add(row);
        return row;
    }

    private PositionRow position(InstitutionRow institution, String titleEl, String titleEn, ObligedCategory category,
                                 Integer finalYears) {
        PositionRow row = new PositionRow(nextPosition++, institution.id(), titleEl, titleEn, category, finalYears);
        positions.add(row);
        return row;
    }

    private void mandate(PersonRow person, PositionRow position, LocalDate start, LocalDate end, String constituency) {
        if (start.isAfter(today)) {
            start = today.minusDays(1);
        }
        mandates.add(new MandateRow(nextMandate++, person.id(), position.id(), start,
                end != null && end.isAfter(today) ? null : end, constituency));
    }

    private PersonRow newPerson() {
        boolean female = random.nextInt(100) < 38;
        String given = GreekNames.pick(random, female ? GreekNames.FEMALE : GreekNames.MALE);
        GreekNames.Surname surname = GreekNames.pick(random, GreekNames.SURNAMES);
        String family = female ? surname.feminine() : surname.masculine();
        String father = GreekNames.pick(random, GreekNames.FATHERS);
        LocalDate birth = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        long id = nextPerson++;
        String afm = TaxNumbers.withCheckDigit(String.format(Locale.ROOT, "%08d", 10_000_000 + (id * 7919) % 89_999_999));
        String email = "person" + id + "@example.gr";
        String phone = "+30 69" + String.format(Locale.ROOT, "%08d", Math.floorMod(random.nextLong(), 100_000_000L));
        PersonRow row = new PersonRow(id, given, family, father, female ? "FEMALE" : "MALE", birth, afm, email, phone);
        persons.add(row);
        return row;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
