package gr.integrity.register.registry.importing;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportProblem;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.ImportReview;
import gr.integrity.register.importing.RowImporter;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.importing.RowSource;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationUpdater;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonRelative;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.RecordSource;
import gr.integrity.register.registry.TaxNumbers;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An institution's list of its obliged persons (law 5026/2023, art. 17), CSV or XLSX with the columns
 * {@link #COLUMNS}: each row is a person in a post of the institution from a date (to a date, if they left). The
 * person is the one with that tax number if the register has them; else matched by name as the officials importer
 * matches ({@link PersonMatching}; a row it cannot decide waits for an ADMIN); else a new person. The row's post is
 * found or made in the uploader's institution with the row's category, the mandate made or extended, and the
 * obligations derived from it. Tax numbers (the person's, the spouse's or partner's, the minor children's) are
 * private: kept with the person, in no description of a row.
 */
@Dependent
public class ObligedListImporter implements RowImporter {

    public static final List<String> COLUMNS = List.of("given_name", "family_name", "father_name", "tax_number",
            "spouse_tax_number", "children_tax_numbers", "position", "category", "start_date", "end_date");
    private static final DateTimeFormatter GREEK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ObligationUpdater obligations;

    private final Set<Person> touched = new LinkedHashSet<>();

    @Override
    public List<ImportKind> kinds() {
        return List.of(ImportKind.INSTITUTION_LIST);
    }

    @Override
    public ImportKind recognise(List<String> header) {
        return header.contains("tax_number") && header.contains("position") && header.contains("category")
                ? ImportKind.INSTITUTION_LIST : null;
    }

    @Override
    public String source(ImportKind kind) {
        return "institution's list of obliged persons (law 5026/2023, art. 17)";
    }

    @Override
    public String licence(ImportKind kind) {
        return null;
    }

    @Override
    public int validate(RowSource file, ImportKind kind) {
        List<String> missing = COLUMNS.stream().filter(c -> !file.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, "import.missingColumns",
                    String.join(", ", missing))));
        }
        return RowImporter.checkEachRow(file, ObligedListImporter::check);
    }

    private static void check(FileRow row, List<ImportProblem> problems) {
        for (String column : List.of("given_name", "family_name", "position")) {
            String value = row.get(column);
            if (value.isEmpty() || value.length() > 200 || !PlainTextValidator.isPlain(value, false)) {
                problems.add(new ImportProblem(row.line(), "import.badValue", column));
            }
        }
        String father = row.get("father_name");
        if (father.length() > 100 || !PlainTextValidator.isPlain(father, false)) {
            problems.add(new ImportProblem(row.line(), "import.badValue", "father_name"));
        }
        // the row's line and column only: a tax number is not repeated in a message
        if (!TaxNumbers.isValid(row.get("tax_number"))) {
            problems.add(new ImportProblem(row.line(), "import.badTaxNumber", "tax_number"));
        }
        String spouse = row.get("spouse_tax_number");
        if (!spouse.isEmpty() && !TaxNumbers.isValid(spouse)) {
            problems.add(new ImportProblem(row.line(), "import.badTaxNumber", "spouse_tax_number"));
        }
        for (String child : children(row)) {
            if (!TaxNumbers.isValid(child)) {
                problems.add(new ImportProblem(row.line(), "import.badTaxNumber", "children_tax_numbers"));
                break;
            }
        }
        if (category(row.get("category")) == null) {
            problems.add(new ImportProblem(row.line(), "import.badValue", "category"));
        }
        if (date(row.get("start_date")) == null) {
            problems.add(new ImportProblem(row.line(), "import.badDate", "start_date", row.get("start_date")));
        }
        String end = row.get("end_date");
        if (!end.isEmpty() && date(end) == null) {
            problems.add(new ImportProblem(row.line(), "import.badDate", "end_date", end));
        }
    }

    @Override
    public RowOutcome apply(FileRow row, ImportKind kind, long batchId) {
        Incoming in = Incoming.of(row);
        if (in.end() != null && in.end().isBefore(in.start())) {
            return RowOutcome.skipped("END_BEFORE_START", in.describe());
        }
        String fingerprint = OfficialsImporter.fingerprint(kind, row);
        ImportReview decided = ImportReview.ofRow(em, fingerprint);
        Person person;
        if (decided != null && decided.getStatus() == ImportReview.Status.OPEN) {
            return RowOutcome.review("AWAITING_REVIEW", in.describe());
        } else if (decided != null) {
            String resolution = decided.getResolution();
            person = resolution != null && resolution.startsWith("person:")
                    ? em.find(Person.class, Long.valueOf(resolution.substring("person:".length()))) : null;
            person = person != null ? person : newPerson(in);
        } else {
            List<Person> byTaxNumber = em.createQuery("select p from Person p where p.taxNumber = :tax", Person.class)
                    .setParameter("tax", in.taxNumber()).getResultList();
            if (byTaxNumber.size() == 1) {
                person = byTaxNumber.get(0);
            } else {
                PersonMatching.Decision decision = PersonMatching.decide(in.fatherName(), in.start(), in.end(),
                        PersonMatching.candidatesNamed(em, in.givenName(), in.familyName()));
                // a namesake whose tax number is another person's is not this person
                if (decision instanceof PersonMatching.Match match) {
                    Person candidate = em.find(Person.class, match.personId());
                    decision = candidate.getTaxNumber() == null ? decision
                            : new PersonMatching.Ambiguous(List.of(match.personId()));
                }
                if (decision instanceof PersonMatching.Ambiguous ambiguous) {
                    em.persist(new ImportReview(batchId, row.number(), fingerprint, in.describe(), row.valuesJson(),
                            ambiguous.candidates()));
                    return RowOutcome.review("AMBIGUOUS_PERSON", in.describe() + " ~ persons " + ambiguous.candidates());
                }
                person = decision instanceof PersonMatching.Match match ? em.find(Person.class, match.personId())
                        : newPerson(in);
            }
        }
        return place(person, in, batchId);
    }

    /** What applying an ADMIN's decision did, and to whom. */
    OfficialsImporter.Decided applyDecision(FileRow row, long batchId, Long personId) {
        Incoming in = Incoming.of(row);
        Person person = personId == null ? newPerson(in) : em.find(Person.class, personId);
        RowOutcome outcome = place(person, in, batchId);
        endChunk();
        return new OfficialsImporter.Decided(outcome, person.getId());
    }

    @Override
    public void endChunk() {
        em.flush();
        obligations.refresh(touched, LocalDate.now(Obligation.ATHENS));
        touched.clear();
    }

    private RowOutcome place(Person person, Incoming in, long batchId) {
        touched.add(person);
        if (person.getTaxNumber() == null) {
            person.setTaxNumber(in.taxNumber());
        }
        if (person.getFatherName() == null && in.fatherName() != null) {
            person.setFatherName(in.fatherName());
        }
        relative(person, PersonRelative.Relation.SPOUSE, in.spouseTaxNumber(), batchId);
        in.childrenTaxNumbers().forEach(child -> relative(person, PersonRelative.Relation.CHILD, child, batchId));

        Institution institution = em.find(Institution.class, em.find(ImportBatch.class, batchId).getInstitutionId());
        Position position = em.createQuery("select p from Position p where p.institution = :institution"
                        + " and p.titleKey = :key", Position.class)
                .setParameter("institution", institution).setParameter("key", TextKeys.fold(in.position()))
                .getResultStream().findFirst().orElseGet(() -> {
                    Position created = new Position(institution, in.position(), null, in.category());
                    em.persist(created);
                    return created;
                });
        List<Mandate> held = em.createQuery("select m from Mandate m where m.person = :person and m.position = :position"
                        + " and m.startDate <= :to and (m.endDate is null or m.endDate >= :from)", Mandate.class)
                .setParameter("person", person).setParameter("position", position)
                .setParameter("from", in.start().minusDays(1))
                .setParameter("to", in.end() == null ? LocalDate.of(9999, 12, 31) : in.end().plusDays(1))
                .getResultList();
        if (held.isEmpty()) {
            em.persist(new Mandate(person, position, in.start(), in.end(), RecordSource.INSTITUTION_LIST));
            return RowOutcome.created("NEW_MANDATE", in.describe());
        }
        Mandate mandate = held.get(0);
        boolean same = mandate.getStartDate().equals(in.start()) && java.util.Objects.equals(mandate.getEndDate(), in.end());
        if (same) {
            return RowOutcome.matched("ALREADY_PRESENT", in.describe());
        }
        // the institution's list says when the post began and ended: a later list corrects an earlier one
        mandate.setStartDate(in.start());
        mandate.setEndDate(in.end());
        return RowOutcome.matched("MANDATE_CHANGED", in.describe());
    }

    private void relative(Person person, PersonRelative.Relation relation, String taxNumber, long batchId) {
        if (taxNumber == null || taxNumber.isEmpty()) {
            return;
        }
        boolean known = !em.createQuery("select r.id from PersonRelative r where r.personId = :person"
                        + " and r.relation = :relation and r.taxNumber = :tax", Long.class)
                .setParameter("person", person.getId()).setParameter("relation", relation)
                .setParameter("tax", taxNumber).getResultList().isEmpty();
        if (!known) {
            em.persist(new PersonRelative(person.getId(), relation, taxNumber, batchId));
        }
    }

    private Person newPerson(Incoming in) {
        Person person = new Person(in.givenName(), in.familyName(), RecordSource.INSTITUTION_LIST);
        person.setFatherName(in.fatherName());
        person.setTaxNumber(in.taxNumber());
        em.persist(person);
        em.flush();
        return person;
    }

    private static List<String> children(FileRow row) {
        List<String> children = new ArrayList<>();
        for (String part : row.get("children_tax_numbers").split("[;,\\s]+")) {
            if (!part.isBlank()) {
                children.add(part.strip());
            }
        }
        return children;
    }

    /** A category by its name in the law's list (POLITICAL, SPORT...), in any case. */
    static ObligedCategory category(String text) {
        try {
            return ObligedCategory.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An ISO date (2025-03-01) or a Greek one (01/03/2025). */
    static LocalDate date(String text) {
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, GREEK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One row, read. */
    record Incoming(String givenName, String familyName, String fatherName, String taxNumber, String spouseTaxNumber,
                    List<String> childrenTaxNumbers, String position, ObligedCategory category, LocalDate start,
                    LocalDate end) {

        static Incoming of(FileRow row) {
            String father = row.get("father_name");
            String end = row.get("end_date");
            return new Incoming(row.get("given_name").strip(), row.get("family_name").strip(),
                    father.isBlank() ? null : father.strip(), row.get("tax_number").strip(),
                    row.get("spouse_tax_number").strip(), children(row), row.get("position").strip(),
                    ObligedListImporter.category(row.get("category")), ObligedListImporter.date(row.get("start_date")),
                    end.isBlank() ? null : ObligedListImporter.date(end));
        }

        /** What the batch's report says of the row: no tax number. */
        String describe() {
            return givenName + " " + familyName + (fatherName == null ? "" : " (" + fatherName + ")") + ", " + position
                    + ", " + start + " – " + (end == null ? "" : end);
        }
    }
}
