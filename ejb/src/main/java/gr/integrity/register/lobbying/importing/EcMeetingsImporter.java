package gr.integrity.register.lobbying.importing;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportProblem;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.RowSource;
import gr.integrity.register.importing.RowImporter;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.lobbying.MeetingsRecorded;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.RecordSource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;

/**
 * The European Commission's export of meetings between Commissioners or their cabinets and interest
 * representatives (XLSX as published, or its CSV twin). Each row is one meeting: the cabinet becomes an
 * institution, each representative a person, each organisation a record of the organisations register found by its
 * Transparency Register ID, and the meeting a record that says where it came from. A row already imported (the
 * same values) matches the meeting it made, so importing the file again creates nothing.
 */
@Dependent
public class EcMeetingsImporter implements RowImporter {

    static final String CABINET = "Name of cabinet";
    static final String REPRESENTATIVE = "Name of EC representative";
    static final String TITLE = "Title of EC representative";
    static final String PORTFOLIO = "Portfolio";
    static final String DATE = "Date of meeting";
    static final String LOCATION = "Location";
    static final String ORGANISATIONS = "Name of interest representative";
    static final String IDS = "Transparency register ID";
    static final String SUBJECT = "Subject of the meeting";
    static final List<String> COLUMNS = List.of(CABINET, REPRESENTATIVE, TITLE, PORTFOLIO, DATE, LOCATION,
            ORGANISATIONS, IDS, SUBJECT);

    /** Derived at parse time: the row's organisations (ID, unit separator, name; records separated). */
    static final String SPLIT = "\u0000organisations";
    static final String SPLIT_CERTAIN = "\u0000certain";
    private static final String UNIT = "\u001f";
    private static final String RECORD = "\u001e";
    private static final String PROPOSER = "EC_MEETINGS_EXPORT";

    @PersistenceContext
    private EntityManager em;

    /** Tells the checks over a person's meetings of each one imported (a declared interest in whom they met). */
    @Inject
    private Event<MeetingsRecorded> recorded;

    private final Map<String, Institution> cabinets = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    /** Keys of the meetings this importer made, which its lookups (not flushing, for speed) would not see yet. */
    private final Set<String> made = new HashSet<>();

    @Override
    public List<ImportKind> kinds() {
        return List.of(ImportKind.EC_MEETINGS);
    }

    @Override
    public ImportKind recognise(List<String> header) {
        return header.contains(CABINET) && header.contains(IDS) ? ImportKind.EC_MEETINGS : null;
    }

    @Override
    public String source(ImportKind kind) {
        return "European Commission, meetings of Commissioners and cabinet members with interest representatives";
    }

    @Override
    public String licence(ImportKind kind) {
        return "© European Union; reuse authorised under Commission Decision 2011/833/EU";
    }

    @Override
    public int validate(RowSource file, ImportKind kind) {
        List<String> missing = COLUMNS.stream().filter(c -> !file.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, "import.missingColumns",
                    String.join(", ", missing))));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        return RowImporter.checkEachRow(file, (row, problems) -> check(row, today, problems));
    }

    /**
     * The rows with their organisations split (a first pass learns the names the file gives each Transparency
     * Register ID alone, which tell the organisations of a cell that lists several apart).
     */
    @Override
    public void rows(RowSource file, ImportKind kind, Consumer<FileRow> rows) {
        Map<String, String> known = new HashMap<>();
        file.forEach(row -> {
            List<String> ids = OrganisationCells.ids(row.get(IDS));
            if (ids.size() == 1) {
                known.putIfAbsent(ids.get(0), row.get(ORGANISATIONS));
            }
        });
        file.forEach(row -> {
            OrganisationCells.Split split = OrganisationCells.split(row.get(ORGANISATIONS), row.get(IDS), known);
            Map<String, String> values = new LinkedHashMap<>(row.values());
            StringBuilder packed = new StringBuilder();
            for (OrganisationCells.Named named : split.organisations()) {
                packed.append(named.transparencyId()).append(UNIT).append(named.name()).append(RECORD);
            }
            values.put(SPLIT, packed.toString());
            values.put(SPLIT_CERTAIN, String.valueOf(split.certain()));
            rows.accept(new FileRow(row.number(), row.line(), values));
        });
    }

    /** The whole file is checked before anything is imported: one bad row refuses the file, with its line. */
    private static void check(FileRow row, LocalDate today, List<ImportProblem> problems) {
        for (String column : List.of(CABINET, REPRESENTATIVE, ORGANISATIONS, SUBJECT)) {
            String value = row.get(column);
            if (value.isEmpty() || !PlainTextValidator.isPlain(value, true)) {
                problems.add(new ImportProblem(row.line(), "import.badValue", column));
            }
        }
        try {
            LocalDate date = LocalDate.parse(row.get(DATE));
            if (date.isAfter(today)) {
                problems.add(new ImportProblem(row.line(), "import.futureDate", DATE, row.get(DATE)));
            }
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(row.line(), "import.badDate", DATE, row.get(DATE)));
        }
        String ids = row.get(IDS);
        String rest = OrganisationCells.TRANSPARENCY_ID.matcher(ids).replaceAll("").replaceAll("[,;\\s]", "");
        if (OrganisationCells.ids(ids).isEmpty() || !rest.isEmpty()) {
            problems.add(new ImportProblem(row.line(), "import.badTransparencyId", ids));
        }
    }

    @Override
    public RowOutcome apply(FileRow row, ImportKind kind, long batchId) {
        String key = Hashing.sha256Hex(String.join(UNIT, COLUMNS.stream().map(row::get).toList()));
        String describe = row.get(DATE) + " · " + row.get(CABINET) + " · " + shorten(row.get(ORGANISATIONS));
        if (made.contains(key)) {
            return RowOutcome.matched("SAME_MEETING", describe);
        }
        // one lookup, which does not flush (a chunk's inserts then go out together): whether the meeting is here,
        // and whether it has areas (one imported before the register kept them, V18, gets its portfolio now)
        List<Object[]> found = em.createQuery("select m.id, size(m.policyAreas) from Meeting m"
                        + " where m.source = :source and m.sourceKey = :key", Object[].class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("source", RecordSource.EC_MEETINGS_EXPORT)
                .setParameter("key", key).getResultList();
        if (!found.isEmpty()) {
            if (((Number) found.get(0)[1]).intValue() == 0) {
                Meeting.PolicyArea.one(row.get(PORTFOLIO)).ifPresent(area ->
                        em.find(Meeting.class, found.get(0)[0]).aboutPolicyAreas(Set.of(area)));
            }
            return RowOutcome.matched("SAME_MEETING", describe);
        }
        Meeting meeting = new Meeting(LocalDate.parse(row.get(DATE)), shorten(row.get(LOCATION)), row.get(SUBJECT),
                cabinet(row.get(CABINET)), RecordSource.EC_MEETINGS_EXPORT);
        meeting.importedFrom(licence(kind), batchId, key);
        // the Commissioner's portfolio is the area their cabinet's meetings are about; it is one area, commas and all
        Meeting.PolicyArea.one(row.get(PORTFOLIO)).ifPresent(area -> meeting.aboutPolicyAreas(Set.of(area)));
        List<String> names = parts(row.get(REPRESENTATIVE));
        List<String> titles = parts(row.get(TITLE));
        for (int i = 0; i < names.size(); i++) {
            String title = titles.size() == names.size() ? titles.get(i) : row.get(TITLE);
            meeting.getOfficials().add(new Meeting.Official(person(names.get(i)).getId(), shorten(title)));
        }
        for (String packed : row.get(SPLIT).split(RECORD)) {
            if (packed.isEmpty()) {
                continue;
            }
            String[] named = packed.split(UNIT, 2);
            Organisation organisation = organisation(named[0], named[1]);
            meeting.getOrganisations().add(new Meeting.OrganisationMet(organisation.getId(), shorten(named[1])));
        }
        em.persist(meeting);
        made.add(key);
        Set<Long> officials = new HashSet<>();
        meeting.getOfficials().forEach(o -> officials.add(o.personId()));
        recorded.fire(new MeetingsRecorded(officials));
        boolean certain = Boolean.parseBoolean(row.get(SPLIT_CERTAIN));
        return RowOutcome.created(certain ? "NEW_MEETING" : "NEW_MEETING_NAMES_UNCERTAIN", describe);
    }

    private Institution cabinet(String name) {
        String key = TextKeys.fold(name);
        return cabinets.computeIfAbsent(key, k -> em.createQuery("select i from Institution i where i.nameKey = :key",
                        Institution.class).setFlushMode(FlushModeType.COMMIT).setParameter("key", k).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> {
                    Institution cabinet = new Institution(shorten(name), shorten(name), InstitutionKind.EU_INSTITUTION,
                            RecordSource.EC_MEETINGS_EXPORT);
                    em.persist(cabinet);
                    return cabinet;
                }));
    }

    /** A representative by name: given name first, the rest family name, as the Commission writes them. */
    private Person person(String name) {
        String clean = name.strip().replaceAll("\\s+", " ");
        int space = clean.indexOf(' ');
        String given = space < 0 ? clean : clean.substring(0, space);
        String family = space < 0 ? clean : clean.substring(space + 1);
        String key = Person.nameKey(given, family);
        return persons.computeIfAbsent(key, k -> em.createQuery("select p from Person p where p.nameKey = :key"
                        + " and p.source = :source", Person.class).setFlushMode(FlushModeType.COMMIT).setParameter("key", k)
                .setParameter("source", RecordSource.EC_MEETINGS_EXPORT).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> {
                    Person person = new Person(shorten(given), shorten(family), RecordSource.EC_MEETINGS_EXPORT);
                    person.setGivenNameEn(person.getGivenName());
                    person.setFamilyNameEn(person.getFamilyName());
                    em.persist(person);
                    return person;
                }));
    }

    /** The organisation with this Transparency Register ID, entered from the export the first time it appears. */
    private Organisation organisation(String transparencyId, String name) {
        return organisations.computeIfAbsent(transparencyId, id -> em.createQuery(
                        "select o from Organisation o where o.euTransparencyId = :id", Organisation.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("id", id).setMaxResults(1).getResultStream().findFirst()
                .map(Organisation::survivor)
                .orElseGet(() -> {
                    Organisation organisation = new Organisation(shorten(name), OrganisationStatus.PENDING, PROPOSER);
                    organisation.setNameEn(shorten(name));
                    organisation.setCategory(OrganisationCategory.OTHER);
                    organisation.setEuTransparencyId(id);
                    organisation.confirmFromSource(PROPOSER);
                    em.persist(organisation);
                    return organisation;
                }));
    }

    private static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 300 ? t.substring(0, 297) + "…" : t;
    }
}
