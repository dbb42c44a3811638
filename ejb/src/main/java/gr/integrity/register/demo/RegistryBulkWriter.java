package gr.integrity.register.demo;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.Transliteration;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationRules;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
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
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Writes a generated register through JDBC batches, computing the same derived columns (folded keys, Latin
 * names) as the entities do, and the obligations with the same {@link ObligationRules} the services use.
 */
public final class RegistryBulkWriter {

    private static final int BATCH = 500;
    /** Instants go in as UTC, as Hibernate writes them (hibernate.jdbc.time_zone). */
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final Connection connection;
    private final RecordSource source;
    private final Timestamp now = Timestamp.from(Instant.now());

    public RegistryBulkWriter(Connection connection, RecordSource source) {
        this.connection = connection;
        this.source = source;
    }

    /** The first free id of each registry table. */
    public static RegistryGenerator.IdBase nextIds(Connection connection) throws SQLException {
        return new RegistryGenerator.IdBase(next(connection, "institution"), next(connection, "position"),
                next(connection, "person"), next(connection, "mandate"));
    }

    public static long next(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    public void write(RegistryGenerator.Registry registry) throws SQLException {
        insertInstitutions(registry.institutions());
        insertPositions(registry.positions());
        insertPersons(registry.persons());
        insertMandates(registry.mandates());
    }

    /**
     * A generated register laid over the one in the database: the institutions and posts it already has (the
     * government, the ministries, parliament) keep their ids, and mandates point at them. Writes the new rows and
     * returns the register with every id as stored.
     */
    public RegistryGenerator.Registry writeOver(RegistryGenerator.Registry registry) throws SQLException {
        Map<String, Long> institutionByKey = existing("SELECT name_key, id FROM institution");
        Map<String, Long> positionByKey = existing("SELECT CONCAT(institution_id, ' ', title_key), id FROM position");
        Map<Long, Long> institutionIds = new HashMap<>();
        List<RegistryGenerator.InstitutionRow> institutions = new ArrayList<>();
        List<RegistryGenerator.InstitutionRow> newInstitutions = new ArrayList<>();
        for (var row : registry.institutions()) {
            Long stored = institutionByKey.get(TextKeys.fold(row.nameEl()));
            institutionIds.put(row.id(), stored == null ? row.id() : stored);
            var kept = stored == null ? row
                    : new RegistryGenerator.InstitutionRow(stored, row.nameEl(), row.nameEn(), row.kind(), row.website());
            institutions.add(kept);
            if (stored == null) {
                newInstitutions.add(row);
            }
        }
        Map<Long, Long> positionIds = new HashMap<>();
        List<RegistryGenerator.PositionRow> positions = new ArrayList<>();
        List<RegistryGenerator.PositionRow> newPositions = new ArrayList<>();
        for (var row : registry.positions()) {
            long institution = institutionIds.get(row.institutionId());
            Long stored = positionByKey.get(institution + " " + TextKeys.fold(row.titleEl()));
            var kept = new RegistryGenerator.PositionRow(stored == null ? row.id() : stored, institution,
                    row.titleEl(), row.titleEn(), row.category(), row.finalYears());
            positionIds.put(row.id(), kept.id());
            positions.add(kept);
            if (stored == null) {
                newPositions.add(kept);
            }
        }
        List<RegistryGenerator.MandateRow> mandates = registry.mandates().stream()
                .map(m -> new RegistryGenerator.MandateRow(m.id(), m.personId(), positionIds.get(m.positionId()),
                        m.start(), m.end(), m.constituency())).toList();
        insertInstitutions(newInstitutions);
        insertPositions(newPositions);
        insertPersons(registry.persons());
        insertMandates(mandates);
        return new RegistryGenerator.Registry(institutions, positions, registry.persons(), mandates);
    }

    private Map<String, Long> existing(String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    /** An obligation as written, with its id: what the scale data files declarations against. */
    public record ObligationRow(long id, long personId, long mandateId, ObligationRules.Derived derived) {
    }

    /** Derives and inserts every generated person's obligations; returns how many. */
    public int writeObligations(RegistryGenerator.Registry registry, Map<ObligedCategory, ObligationRules.Policy> policies,
                                ObligationRules.Settings settings, LocalDate today) throws SQLException {
        List<ObligationRow> rows = obligations(registry, policies, settings, today, next(connection, "obligation"));
        insertObligations(rows);
        return rows.size();
    }

    /**
     * Every generated person's obligations, as the same {@link ObligationRules} the services use derive them from
     * the mandates, numbered from {@code firstId}, person by person in id order.
     */
    public static List<ObligationRow> obligations(RegistryGenerator.Registry registry,
                                                  Map<ObligedCategory, ObligationRules.Policy> policies,
                                                  ObligationRules.Settings settings, LocalDate today, long firstId) {
        Map<Long, ObligedCategory> categoryOfPosition = new HashMap<>();
        Map<Long, Integer> finalYearsOfPosition = new HashMap<>();
        for (RegistryGenerator.PositionRow p : registry.positions()) {
            categoryOfPosition.put(p.id(), p.category());
            finalYearsOfPosition.put(p.id(), p.finalYears());
        }
        Map<Long, List<ObligationRules.MandateFacts>> byPerson = new TreeMap<>();
        for (RegistryGenerator.MandateRow m : registry.mandates()) {
            byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(new ObligationRules.MandateFacts(
                    m.id(), m.start(), m.end(), categoryOfPosition.get(m.positionId()),
                    finalYearsOfPosition.get(m.positionId())));
        }
        List<ObligationRow> rows = new ArrayList<>();
        long id = firstId;
        for (var entry : byPerson.entrySet()) {
            for (ObligationRules.Derived d : ObligationRules.derive(entry.getValue(), policies, settings, today)) {
                rows.add(new ObligationRow(id++, entry.getKey(), d.mandateId(), d));
            }
        }
        return rows;
    }

    public void insertObligations(List<ObligationRow> rows) throws SQLException {
        batch(connection, "INSERT INTO obligation (id, person_id,"
                + " declaration_type, kind, period_year, category, mandate_id, original_deadline, deadline, due_at,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, (insert, row) -> {
            ObligationRules.Derived d = row.derived();
            insert.setLong(1, row.id());
            insert.setLong(2, row.personId());
            insert.setString(3, d.type().name());
            insert.setString(4, d.kind().name());
            insert.setInt(5, d.periodYear());
            insert.setString(6, d.category().name());
            insert.setLong(7, d.mandateId());
            insert.setDate(8, Date.valueOf(d.deadline()));
            insert.setDate(9, Date.valueOf(d.deadline()));
            insert.setTimestamp(10, Timestamp.from(Obligation.endOfDay(d.deadline())), UTC);
            insert.setTimestamp(11, now);
            insert.setTimestamp(12, now);
        });
    }


    private void insertInstitutions(List<RegistryGenerator.InstitutionRow> rows) throws SQLException {
        batch(connection, "INSERT INTO institution (id, name_el, name_en,"
                + " name_key, kind, website, source, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, (insert, row) -> {
            insert.setLong(1, row.id());
            insert.setString(2, row.nameEl());
            insert.setString(3, row.nameEn());
            insert.setString(4, TextKeys.fold(row.nameEl()));
            insert.setString(5, row.kind().name());
            setNullable(insert, 6, row.website());
            insert.setString(7, source.name());
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
        });
    }


    private void insertPositions(List<RegistryGenerator.PositionRow> rows) throws SQLException {
        batch(connection, "INSERT INTO position (id, institution_id,"
                + " title_el, title_en, title_key, category, final_filing_years, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, (insert, row) -> {
            insert.setLong(1, row.id());
            insert.setLong(2, row.institutionId());
            insert.setString(3, row.titleEl());
            insert.setString(4, row.titleEn());
            insert.setString(5, TextKeys.fold(row.titleEl()));
            insert.setString(6, row.category().name());
            if (row.finalYears() == null) {
                insert.setNull(7, Types.INTEGER);
            } else {
                insert.setInt(7, row.finalYears());
            }
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
        });
    }


    private void insertPersons(List<RegistryGenerator.PersonRow> rows) throws SQLException {
        batch(connection, "INSERT INTO person (id, given_name, family_name,"
                + " father_name, given_name_en, family_name_en, search_key, name_key, gender, birth_date, tax_number,"
                + " email, phone, source, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, (insert, row) -> {
            String givenEn = Transliteration.toLatin(row.givenName());
            String familyEn = Transliteration.toLatin(row.familyName());
            insert.setLong(1, row.id());
            insert.setString(2, row.givenName());
            insert.setString(3, row.familyName());
            setNullable(insert, 4, row.fatherName());
            insert.setString(5, givenEn);
            insert.setString(6, familyEn);
            insert.setString(7, Person.searchKey(row.givenName(), row.familyName(), givenEn, familyEn));
            insert.setString(8, Person.nameKey(row.givenName(), row.familyName()));
            setNullable(insert, 9, row.gender());
            if (row.birthDate() == null) {
                insert.setNull(10, Types.DATE);
            } else {
                insert.setDate(10, Date.valueOf(row.birthDate()));
            }
            setNullable(insert, 11, row.taxNumber());
            setNullable(insert, 12, row.email());
            setNullable(insert, 13, row.phone());
            insert.setString(14, source.name());
            insert.setTimestamp(15, now);
            insert.setTimestamp(16, now);
        });
    }


    private void insertMandates(List<RegistryGenerator.MandateRow> rows) throws SQLException {
        batch(connection, "INSERT INTO mandate (id, person_id, position_id,"
                + " start_date, end_date, constituency, source, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, (insert, row) -> {
            insert.setLong(1, row.id());
            insert.setLong(2, row.personId());
            insert.setLong(3, row.positionId());
            insert.setDate(4, Date.valueOf(row.start()));
            if (row.end() == null) {
                insert.setNull(5, Types.DATE);
            } else {
                insert.setDate(5, Date.valueOf(row.end()));
            }
            setNullable(insert, 6, row.constituency());
            insert.setString(7, source.name());
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
        });
    }


    /** Sets one row's parameters on the statement of a batch insert. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    /**
     * Inserts the rows with one statement in batches of {@value #BATCH}: what every bulk writer of the demo and the
     * scale data does, written once. A null String parameter is bound as SQL NULL by the driver.
     */
    public static <T> void batch(Connection connection, String sql, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
