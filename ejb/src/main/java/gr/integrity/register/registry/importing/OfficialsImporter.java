package gr.integrity.register.registry.importing;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportProblem;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.ImportReview;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.RowSource;
import gr.integrity.register.importing.RowImporter;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.MandateAffiliation;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationUpdater;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.RecordSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the two Greek files of officials: members of parliament (one row per term, a party switch starts a new
 * row) and government members' roles. Each row becomes a mandate of a person on a position: the parliament seat,
 * or the government role. A row that continues a mandate (starting the day after it ended, as after a party
 * switch) extends it rather than starting another.
 */
@Dependent
public class OfficialsImporter implements RowImporter {

    static final String PARLIAMENT_EL = "Βουλή των Ελλήνων";
    static final String PARLIAMENT_EN = "Hellenic Parliament";
    static final String MP_EL = "Βουλευτής";
    static final String MP_EN = "Member of Parliament";
    static final String GOVERNMENT_EL = "Ελληνική Κυβέρνηση";
    static final String GOVERNMENT_EN = "Hellenic Government";

    private static final List<String> PARLIAMENT_COLUMNS = List.of("member_name", "member_start_date",
            "member_end_date", "political_party", "administrative_region", "gender");
    private static final List<String> GOVERNMENT_COLUMNS = List.of("member_name", "role", "role_start_date",
            "role_end_date", "gender");
    private static final DateTimeFormatter GREEK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ObligationUpdater obligations;

    private final Set<Person> touched = new LinkedHashSet<>();
    private final Map<String, Position> positions = new HashMap<>();

    @Override
    public List<ImportKind> kinds() {
        return List.of(ImportKind.GR_PARLIAMENT_MEMBERS, ImportKind.GR_GOVERNMENT_ROLES);
    }

    @Override
    public ImportKind recognise(List<String> header) {
        if (header.contains("member_name") && header.contains("political_party")) {
            return ImportKind.GR_PARLIAMENT_MEMBERS;
        }
        if (header.contains("member_name") && header.contains("role")) {
            return ImportKind.GR_GOVERNMENT_ROLES;
        }
        return null;
    }

    @Override
    public String source(ImportKind kind) {
        return kind == ImportKind.GR_PARLIAMENT_MEMBERS
                ? "Greek Parliament Proceedings Dataset (Dritsa), parl_members_activity_1989onwards_with_gender.csv"
                : "Greek Parliament Proceedings Dataset (Dritsa), formatted_roles_gov_members_data.csv";
    }

    @Override
    public String licence(ImportKind kind) {
        return "CC BY-NC 4.0";
    }

    @Override
    public int validate(RowSource file, ImportKind kind) {
        boolean parliament = kind == ImportKind.GR_PARLIAMENT_MEMBERS;
        List<String> required = parliament ? PARLIAMENT_COLUMNS : GOVERNMENT_COLUMNS;
        List<String> missing = required.stream().filter(c -> !file.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, "import.missingColumns",
                    String.join(", ", missing))));
        }
        return RowImporter.checkEachRow(file, (row, problems) -> check(row, parliament, problems));
    }

    private void check(FileRow row, boolean parliament, List<ImportProblem> problems) {
        String name = row.get("member_name");
        if (name.isEmpty() || name.length() > 200 || !PlainTextValidator.isPlain(name, false)
                || !ImportedName.isParsable(name, parliament)) {
            problems.add(new ImportProblem(row.line(), "import.badName"));
        }
        String startColumn = parliament ? "member_start_date" : "role_start_date";
        String endColumn = parliament ? "member_end_date" : "role_end_date";
        if (date(row.get(startColumn), parliament) == null) {
            problems.add(new ImportProblem(row.line(), "import.badDate", startColumn, row.get(startColumn)));
        }
        String end = row.get(endColumn);
        if (!end.isEmpty() && date(end, parliament) == null) {
            problems.add(new ImportProblem(row.line(), "import.badDate", endColumn, end));
        }
        String detail = parliament ? row.get("political_party") : row.get("role");
        if (detail.isEmpty() || detail.length() > 300 || !PlainTextValidator.isPlain(detail, false)) {
            problems.add(new ImportProblem(row.line(), "import.badValue", parliament ? "political_party" : "role"));
        }
    }

    @Override
    public RowOutcome apply(FileRow row, ImportKind kind, long batchId) {
        Incoming in = Incoming.of(row, kind);
        if (in.end() != null && in.end().isBefore(in.start())) {
            return RowOutcome.skipped("END_BEFORE_START", in.describe());
        }
        Position position = position(kind, in.role());

        String fingerprint = fingerprint(kind, row);
        ImportReview decided = ImportReview.ofRow(em, fingerprint);
        Person person;
        if (decided != null && decided.getStatus() == ImportReview.Status.OPEN) {
            return RowOutcome.review("AWAITING_REVIEW", in.describe());
        } else if (decided != null) {
            person = personOfResolution(decided.getResolution(), in, kind);
        } else {
            PersonMatching.Decision decision = PersonMatching.decide(in.name().fatherName(), in.start(), in.end(),
                    PersonMatching.candidatesNamed(em, in.name().givenName(), in.name().familyName()));
            if (decision instanceof PersonMatching.Ambiguous ambiguous) {
                em.persist(new ImportReview(batchId, row.number(), fingerprint, in.describe(), row.valuesJson(),
                        ambiguous.candidates()));
                return RowOutcome.review("AMBIGUOUS_PERSON", in.describe() + " ~ persons " + ambiguous.candidates());
            }
            person = decision instanceof PersonMatching.Match match ? em.find(Person.class, match.personId())
                    : newPerson(in, kind);
            if (person.getFatherName() == null && in.name().fatherName() != null) {
                person.setFatherName(in.name().fatherName());
            }
        }
        return placeMandate(person, position, in, kind);
    }

    /** What applying an ADMIN's decision did, and to whom. */
    record Decided(RowOutcome outcome, long personId) {
    }

    /** Applies a row an ADMIN decided: to the chosen person, or to a new one ({@code personId} null). */
    Decided applyDecision(FileRow row, ImportKind kind, Long personId) {
        Incoming in = Incoming.of(row, kind);
        Person person = personId == null ? newPerson(in, kind) : em.find(Person.class, personId);
        RowOutcome outcome = placeMandate(person, position(kind, in.role()), in, kind);
        endChunk();
        return new Decided(outcome, person.getId());
    }

    @Override
    public void endChunk() {
        em.flush();
        obligations.refresh(touched, LocalDate.now(Obligation.ATHENS));
        touched.clear();
    }

    private RowOutcome placeMandate(Person person, Position position, Incoming in, ImportKind kind) {
        touched.add(person);
        LocalDate from = in.start().minusDays(1);
        LocalDate to = in.end() == null ? LocalDate.of(9999, 12, 31) : in.end().plusDays(1);
        List<Mandate> touching = em.createQuery("select m from Mandate m where m.person = :person"
                        + " and m.position = :position and m.startDate <= :to"
                        + " and (m.endDate is null or m.endDate >= :from) order by m.startDate", Mandate.class)
                .setParameter("person", person).setParameter("position", position)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        if (touching.isEmpty()) {
            Mandate mandate = new Mandate(person, position, in.start(), in.end(), recordSource(kind));
            mandate.setConstituency(in.constituency());
            if (in.party() != null) {
                mandate.addAffiliation(in.party(), in.start(), in.end());
            }
            em.persist(mandate);
            return RowOutcome.created("NEW_MANDATE", in.describe());
        }
        Mandate mandate = touching.get(0);
        boolean contained = !mandate.getStartDate().isAfter(in.start())
                && (mandate.getEndDate() == null || in.end() != null && !mandate.getEndDate().isBefore(in.end()));
        boolean affiliationKnown = in.party() == null || mandate.getAffiliations().stream()
                .map(MandateAffiliation::getStartDate).anyMatch(in.start()::equals);
        if (contained && affiliationKnown) {
            return RowOutcome.matched("ALREADY_PRESENT", in.describe());
        }
        if (in.start().isBefore(mandate.getStartDate())) {
            mandate.setStartDate(in.start());
        }
        if (mandate.getEndDate() != null && (in.end() == null || in.end().isAfter(mandate.getEndDate()))) {
            mandate.setEndDate(in.end());
        }
        if (!affiliationKnown) {
            mandate.addAffiliation(in.party(), in.start(), in.end());
        }
        return RowOutcome.matched("CONTINUES_MANDATE", in.describe());
    }

    private Person personOfResolution(String resolution, Incoming in, ImportKind kind) {
        Person chosen = resolution != null && resolution.startsWith("person:")
                ? em.find(Person.class, Long.valueOf(resolution.substring("person:".length()))) : null;
        return chosen != null ? chosen : newPerson(in, kind);
    }

    private Person newPerson(Incoming in, ImportKind kind) {
        Person person = new Person(in.name().givenName(), in.name().familyName(), recordSource(kind));
        person.setFatherName(in.name().fatherName());
        person.setGender(in.gender());
        em.persist(person);
        em.flush();
        return person;
    }

    private Position position(ImportKind kind, String role) {
        boolean parliament = kind == ImportKind.GR_PARLIAMENT_MEMBERS;
        String title = parliament ? MP_EL : ImportedName.sentenceCase(role);
        return positions.computeIfAbsent(title, t -> {
            Institution institution = parliament
                    ? institution(PARLIAMENT_EL, PARLIAMENT_EN, InstitutionKind.PARLIAMENT)
                    : institution(GOVERNMENT_EL, GOVERNMENT_EN, InstitutionKind.GOVERNMENT);
            return em.createQuery("select p from Position p where p.institution = :institution and p.titleKey = :key",
                            Position.class)
                    .setParameter("institution", institution).setParameter("key", TextKeys.fold(t))
                    .getResultStream().findFirst()
                    .orElseGet(() -> {
                        Position created = new Position(institution, t, parliament ? MP_EN : null,
                                ObligedCategory.POLITICAL);
                        em.persist(created);
                        return created;
                    });
        });
    }

    private Institution institution(String nameEl, String nameEn, InstitutionKind kind) {
        return em.createQuery("select i from Institution i where i.nameKey = :key", Institution.class)
                .setParameter("key", TextKeys.fold(nameEl)).getResultStream().findFirst()
                .orElseGet(() -> {
                    Institution created = new Institution(nameEl, nameEn, kind, RecordSource.REGISTER);
                    em.persist(created);
                    return created;
                });
    }

    private static RecordSource recordSource(ImportKind kind) {
        return kind == ImportKind.GR_PARLIAMENT_MEMBERS ? RecordSource.GR_PARLIAMENT_FILE : RecordSource.GR_GOVERNMENT_FILE;
    }

    static String fingerprint(ImportKind kind, FileRow row) {
        StringBuilder canonical = new StringBuilder(kind.name());
        row.values().forEach((column, value) -> canonical.append('\u001f').append(column).append('=')
                .append(value == null ? "" : value.strip()));
        return Hashing.sha256Hex(canonical.toString());
    }

    static LocalDate date(String text, boolean iso) {
        try {
            return iso ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), GREEK_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One row, read. */
    record Incoming(ImportedName name, LocalDate start, LocalDate end, String role, String party,
                    String constituency, String gender) {

        static Incoming of(FileRow row, ImportKind kind) {
            boolean parliament = kind == ImportKind.GR_PARLIAMENT_MEMBERS;
            String rawName = row.get("member_name");
            ImportedName name = parliament ? ImportedName.parliamentOrder(rawName) : ImportedName.givenFirst(rawName);
            LocalDate start = date(row.get(parliament ? "member_start_date" : "role_start_date"), parliament);
            String endText = row.get(parliament ? "member_end_date" : "role_end_date");
            LocalDate end = endText.isEmpty() ? null : date(endText, parliament);
            String gender = switch (row.get("gender").toLowerCase(java.util.Locale.ROOT)) {
                case "female" -> "FEMALE";
                case "male" -> "MALE";
                default -> null;
            };
            return new Incoming(name, start, end, parliament ? null : row.get("role"),
                    parliament ? ImportedName.titleCase(row.get("political_party")) : null,
                    parliament ? ImportedName.titleCase(row.get("administrative_region")) : null, gender);
        }

        String describe() {
            return name.givenName() + " " + name.familyName()
                    + (name.fatherName() == null ? "" : " (" + name.fatherName() + ")")
                    + ", " + (role == null ? party : role) + ", " + start + " – " + (end == null ? "" : end);
        }
    }
}
