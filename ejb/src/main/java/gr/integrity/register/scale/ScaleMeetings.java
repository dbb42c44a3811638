package gr.integrity.register.scale;

import gr.integrity.register.demo.GreekNames;
import gr.integrity.register.demo.RegistryBulkWriter;
import gr.integrity.register.demo.RegistryGenerator;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.Transliteration;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.RecordSource;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The scale data's lobbying register: organisations (companies, associations, unions, NGOs, each named in Greek
 * and English) and meetings of the generated officials with them since 2016, their subjects in Greek or English
 * about the matters ministries are lobbied on, with the folded search key a meeting entered here gets.
 */
final class ScaleMeetings {

    private static final int CHUNK = 5_000;
    private static final String[][] SECTORS = {
            {"Ενέργειας", "Energy"}, {"Ναυτιλίας", "Shipping"}, {"Τουρισμού", "Tourism"}, {"Τροφίμων", "Food"},
            {"Φαρμάκου", "Pharmaceuticals"}, {"Τηλεπικοινωνιών", "Telecommunications"}, {"Κατασκευών", "Construction"},
            {"Μεταφορών", "Transport"}, {"Λογισμικού", "Software"}, {"Ασφαλίσεων", "Insurance"},
            {"Αγροτικών Προϊόντων", "Agricultural Products"}, {"Ανακύκλωσης", "Recycling"}};
    private static final String[][] FORMS = {
            {"Ένωση Επιχειρήσεων %s", "Association of %s Companies", "TRADE_ASSOCIATION"},
            {"Σύνδεσμος Βιομηχανιών %s", "Federation of %s Industries", "TRADE_ASSOCIATION"},
            {"Πανελλήνια Ομοσπονδία Εργαζομένων %s", "Panhellenic Federation of %s Workers", "TRADE_UNION"},
            {"Ινστιτούτο Μελετών %s", "Institute for %s Studies", "THINK_TANK"},
            {"Δίκτυο Πολιτών για την Πολιτική %s", "Citizens' Network for %s Policy", "NGO"},
            {"Επιμελητήριο %s", "Chamber of %s", "PROFESSIONAL_BODY"}};
    private static final String[] COMPANY_FORMS = {"Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε."};
    private static final String[][] TOPICS = {
            {"την ενεργειακή μετάβαση και τα φωτοβολταϊκά πάρκα", "the energy transition and solar parks"},
            {"τα λιμενικά τέλη και τη ναυτιλιακή φορολογία", "port fees and shipping taxation"},
            {"τη βραχυχρόνια μίσθωση κατοικιών", "short-term rental of homes"},
            {"την ψηφιακή διακυβέρνηση και τις ηλεκτρονικές υπογραφές", "digital government and electronic signatures"},
            {"τις τιμές των φαρμάκων και το clawback", "medicine prices and the clawback"},
            {"τα δίκτυα οπτικών ινών στην περιφέρεια", "fibre networks in the regions"},
            {"τις δημόσιες συμβάσεις έργων υποδομής", "public procurement of infrastructure works"},
            {"τις αστικές συγκοινωνίες και τα ηλεκτρικά λεωφορεία", "urban transport and electric buses"},
            {"την τεχνητή νοημοσύνη στη δημόσια διοίκηση", "artificial intelligence in public administration"},
            {"την ασφάλιση έναντι φυσικών καταστροφών", "insurance against natural disasters"},
            {"τις αγροτικές επιδοτήσεις της ΚΑΠ", "farm subsidies under the CAP"},
            {"τη διαχείριση αποβλήτων και την ανακύκλωση", "waste management and recycling"},
            {"την ενέργεια από υδρογόνο", "hydrogen energy"},
            {"την αγορά εργασίας και τον κατώτατο μισθό", "the labour market and the minimum wage"}};
    private static final String[][] KINDS = {
            {"Συνάντηση για %s", "Meeting on %s"}, {"Ενημέρωση σχετικά με %s", "Briefing on %s"},
            {"Διαβούλευση για %s", "Consultation on %s"}, {"Παρουσίαση προτάσεων για %s", "Proposals on %s"}};
    private static final String[] LOCATIONS = {"Αθήνα", "Θεσσαλονίκη", "Βρυξέλλες", "Τηλεδιάσκεψη", "Πειραιάς"};

    private record Organisation(long id, String nameEl) {
    }

    private final Connection connection;
    private final Timestamp written = Timestamp.from(Instant.now());

    ScaleMeetings(Connection connection) {
        this.connection = connection;
    }

    /** Writes the organisations and meetings; returns the number of rows written. */
    long write(long seed, ScaleSize size, RegistryGenerator.Registry registry, LocalDate today) throws SQLException {
        Random random = new Random(seed);
        List<Organisation> organisations = organisations(random, size.organisations());
        long rows = organisations.size();
        List<Long> ministries = registry.institutions().stream().filter(i -> i.kind() == InstitutionKind.MINISTRY)
                .map(RegistryGenerator.InstitutionRow::id).toList();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> titleOfPosition = new HashMap<>();
        registry.positions().forEach(p -> titleOfPosition.put(p.id(), p.titleEl()));
        List<Long> political = new ArrayList<>();
        for (RegistryGenerator.MandateRow m : registry.mandates()) {
            if (titles.putIfAbsent(m.personId(), titleOfPosition.get(m.positionId())) == null && m.constituency() != null) {
                political.add(m.personId());
            }
        }
        List<Long> everyone = new ArrayList<>(titles.keySet());
        everyone.sort(null);
        political.sort(null);
        long first = RegistryBulkWriter.next(connection, "meeting");
        LocalDate start = LocalDate.of(2016, 1, 1);
        int days = (int) (today.toEpochDay() - start.toEpochDay());
        try (PreparedStatement meeting = connection.prepareStatement("INSERT INTO meeting (id, meeting_date, location,"
                + " subject, subject_key, institution_id, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement official = connection.prepareStatement(
                     "INSERT INTO meeting_official (meeting_id, person_id, title) VALUES (?, ?, ?)");
             PreparedStatement met = connection.prepareStatement(
                     "INSERT INTO meeting_organisation (meeting_id, organisation_id, name_given) VALUES (?, ?, ?)")) {
            for (int n = 0; n < size.meetings(); n++) {
                long id = first + n;
                boolean greek = random.nextInt(10) < 7;
                String[] topic = TOPICS[random.nextInt(TOPICS.length)];
                String[] kind = KINDS[random.nextInt(KINDS.length)];
                String subject = greek ? String.format(kind[0], topic[0]) : String.format(kind[1], topic[1]);
                meeting.setLong(1, id);
                meeting.setDate(2, Date.valueOf(start.plusDays(random.nextInt(days))));
                meeting.setString(3, LOCATIONS[random.nextInt(LOCATIONS.length)]);
                meeting.setString(4, subject);
                meeting.setString(5, Meeting.subjectKey(subject));
                if (ministries.isEmpty()) {
                    meeting.setNull(6, Types.BIGINT);
                } else {
                    meeting.setLong(6, ministries.get(random.nextInt(ministries.size())));
                }
                meeting.setString(7, RecordSource.SCALE.name());
                meeting.setTimestamp(8, written);
                meeting.addBatch();
                long present = random.nextInt(10) < 6 && !political.isEmpty()
                        ? political.get(random.nextInt(political.size())) : everyone.get(random.nextInt(everyone.size()));
                official.setLong(1, id);
                official.setLong(2, present);
                official.setString(3, titles.get(present));
                official.addBatch();
                rows += 2;
                int orgs = 1 + (random.nextInt(4) == 0 ? 1 : 0);
                int firstOrg = random.nextInt(organisations.size());
                for (int k = 0; k < orgs; k++) {
                    Organisation o = organisations.get((firstOrg + k * 7) % organisations.size());
                    met.setLong(1, id);
                    met.setLong(2, o.id());
                    met.setString(3, o.nameEl());
                    met.addBatch();
                    rows++;
                }
                if ((n + 1) % CHUNK == 0 || n + 1 == size.meetings()) {
                    meeting.executeBatch();
                    official.executeBatch();
                    met.executeBatch();
                    connection.commit();
                }
            }
        }
        return rows;
    }

    private List<Organisation> organisations(Random random, int count) throws SQLException {
        List<Organisation> written = new ArrayList<>();
        long first = RegistryBulkWriter.next(connection, "organisation");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation (id, name_el, name_en,"
                + " name_key, category, eu_transparency_id, status, proposed_by, confirmed_by, confirmed_at, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', 'scale', 'scale', ?, ?, ?, 0)")) {
            for (int n = 0; n < count; n++) {
                long id = first + n;
                String[] sector = SECTORS[n % SECTORS.length];
                String nameEl;
                String nameEn;
                String category;
                if (n % 3 == 0) {
                    String[] form = FORMS[(n / SECTORS.length) % FORMS.length];
                    nameEl = String.format(form[0], sector[0]);
                    nameEn = String.format(form[1], sector[1]);
                    category = form[2];
                } else {
                    GreekNames.Surname founder = GreekNames.SURNAMES.get(random.nextInt(GreekNames.SURNAMES.size()));
                    String form = COMPANY_FORMS[random.nextInt(COMPANY_FORMS.length)];
                    nameEl = founder.masculine() + " " + sector[0] + " " + form;
                    nameEn = Transliteration.toLatin(founder.masculine()) + " "
                            + sector[1] + " " + Transliteration.toLatin(form);
                    category = OrganisationCategory.COMPANY.name();
                }
                insert.setLong(1, id);
                insert.setString(2, nameEl);
                insert.setString(3, nameEn);
                insert.setString(4, TextKeys.fold(nameEl));
                insert.setString(5, category);
                if (n % 4 == 0) {
                    insert.setString(6, String.format(Locale.ROOT, "%011d-%02d", 90_000_000_000L + id, id % 100));
                } else {
                    insert.setNull(6, Types.VARCHAR);
                }
                insert.setTimestamp(7, this.written);
                insert.setTimestamp(8, this.written);
                insert.setTimestamp(9, this.written);
                insert.addBatch();
                written.add(new Organisation(id, nameEl));
                if ((n + 1) % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return written;
    }
}
