package gr.integrity.register.it;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.ImportRow;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsLiaison;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.TaxNumbers;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An institution's list of obliged persons, sent by its liaison, against MariaDB: a person is found by tax number,
 * else by name as the officials importer finds them (namesakes go to an ADMIN), else made; the row's post in the
 * liaison's institution, the mandate and the obligations follow; a second list corrects the first; relatives' tax
 * numbers are kept and no tax number is in the report or on a public page; a malformed list keeps nothing; a liaison
 * reads only their institution's lists.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionListsIT {

    private static final String HEADER = "given_name,family_name,father_name,tax_number,spouse_tax_number,"
            + "children_tax_numbers,position,category,start_date,end_date\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsLiaison liaison;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    @EJB
    private TestDatabase database;

    private Institution institution;

    @BeforeEach
    void aLiaisonOfANewInstitution() throws Exception {
        institution = admin.call(() -> fixtures.liaisonOfNewInstitution(AsLiaison.USERNAME));
    }

    @Test
    void aListMatchesByTaxNumberOrNameMakesMandatesAndObligationsAndASecondListCorrectsIt() throws Exception {
        String known = taxNumber();
        Person registered = admin.call(() -> fixtures.person("Αριστείδης", Fixtures.uniqueName("Γνωστός")));
        admin.run(() -> fixtures.taxNumber(registered, known));
        String namesake = Fixtures.uniqueName("Συνονόματος");
        admin.call(() -> fixtures.person("Ζωή", namesake));
        admin.call(() -> fixtures.person("Ζωή", namesake));
        String newcomer = Fixtures.uniqueName("Νεοεισερχόμενος");
        String[] taxes = {taxNumber(), taxNumber(), taxNumber(), taxNumber(), taxNumber()};
        String list = HEADER
                + "Αριστείδης," + registered.getFamilyName() + ",," + known + ",,,Δήμαρχος,LOCAL_GOVERNMENT,2025-09-01,\n"
                + "Νικόλαος," + newcomer + ",Γεώργιος," + taxes[0] + "," + taxes[1] + "," + taxes[2] + ";" + taxes[3]
                + ",Αντιδήμαρχος Οικονομικών,LOCAL_GOVERNMENT,01/10/2025,\n"
                + "Ζωή," + namesake + ",," + taxes[4] + ",,,Δημοτική σύμβουλος,LOCAL_GOVERNMENT,2025-09-01,\n";

        ImportBatch batch = send("kataloggos-2025.csv", list);
        assertEquals(institution.getId(), batch.getInstitutionId());
        assertEquals(2, batch.getCreatedCount(), "two new mandates");
        assertEquals(1, batch.getReviewCount(), "the namesakes wait for an ADMIN");

        // the registered person, found by tax number, now holds the post and owes declarations
        assertEquals(1, database.count("select count(m) from Mandate m where m.person.id = ?1"
                + " and m.position.institution.id = ?2", registered.getId(), institution.getId()));
        assertTrue(database.count("select count(o) from Obligation o where o.person.id = ?1", registered.getId()) > 0);
        // the newcomer is a new person with their tax number, their spouse's and children's kept apart
        Person made = database.list("select p from Person p where p.familyName = ?1", Person.class, newcomer).get(0);
        assertEquals(taxes[0], made.getTaxNumber());
        assertEquals(3, database.count("select count(r) from PersonRelative r where r.personId = ?1", made.getId()));

        // no tax number in what the liaison reads, nor on the public pages of the person
        List<ImportRow> rows = liaison.call(() -> imports.reportOfMyList(batch.getId(), PageRequest.of(0, 50))).items();
        assertEquals(3, rows.size());
        for (ImportRow row : rows) {
            for (String tax : List.of(known, taxes[0], taxes[1], taxes[2], taxes[3], taxes[4])) {
                assertFalse(row.getDetail().contains(tax), row.getDetail());
            }
        }
        WebClient web = WebClient.local();
        for (String page : List.of("/person.xhtml?id=" + made.getId(), "/api/v1/officials/" + made.getId())) {
            var answer = web.get(page);
            assertEquals(200, answer.statusCode(), page);
            for (String tax : List.of(taxes[0], taxes[1], taxes[2], taxes[3])) {
                assertFalse(answer.body().contains(tax), page);
            }
        }

        // the next list says the registered person left: the mandate ends, nothing is duplicated
        String corrected = HEADER
                + "Αριστείδης," + registered.getFamilyName() + ",," + known + ",,,Δήμαρχος,LOCAL_GOVERNMENT,2025-09-01,2026-06-30\n"
                + "Νικόλαος," + newcomer + ",Γεώργιος," + taxes[0] + "," + taxes[1] + "," + taxes[2] + ";" + taxes[3]
                + ",Αντιδήμαρχος Οικονομικών,LOCAL_GOVERNMENT,01/10/2025,\n";
        ImportBatch second = send("kataloggos-2026.csv", corrected);
        assertEquals(0, second.getCreatedCount());
        assertEquals(2, second.getMatchedCount());
        List<String> reasons = liaison.call(() -> imports.reportOfMyList(second.getId(), PageRequest.of(0, 50))).items()
                .stream().map(ImportRow::getReason).toList();
        assertEquals(List.of("MANDATE_CHANGED", "ALREADY_PRESENT"), reasons);
        assertEquals(java.time.LocalDate.of(2026, 6, 30), database.list("select m.endDate from Mandate m"
                + " where m.person.id = ?1 and m.position.institution.id = ?2", java.time.LocalDate.class,
                registered.getId(), institution.getId()).get(0));
        assertEquals(3, database.count("select count(r) from PersonRelative r where r.personId = ?1", made.getId()));
        assertTrue(liaison.call(() -> imports.listsOfMyInstitution()).stream().map(ImportBatch::getId).toList()
                .containsAll(List.of(batch.getId(), second.getId())));
    }

    @Test
    void aMalformedListKeepsNothingAndALiaisonReadsOnlyTheirInstitutionsLists() throws Exception {
        long before = database.count("select count(b) from ImportBatch b");
        String bad = HEADER + "Ελένη,Λαθών,,123456789,,,Γραμματέας,LOCAL_GOVERNMENT,2025-13-01,\n";
        ImportRejectedException refused = assertInstanceOf(ImportRejectedException.class, unwrap(assertThrows(
                Exception.class, () -> liaison.call(() -> imports.prepareList("lathos.csv", bad.getBytes(StandardCharsets.UTF_8))))));
        List<String> keys = refused.getProblems().stream().map(p -> p.messageKey()).toList();
        assertTrue(keys.contains("import.badTaxNumber") && keys.contains("import.badDate"), keys.toString());
        assertEquals(before, database.count("select count(b) from ImportBatch b"), "nothing stored");

        ImportBatch mine = send("enas.csv", HEADER + "Ελένη," + Fixtures.uniqueName("Σωστή") + ",," + taxNumber()
                + ",,,Γραμματέας,LOCAL_GOVERNMENT,2025-09-01,\n");
        // another institution's liaison (the same test user, moved to a new institution) cannot read it or run it
        admin.call(() -> fixtures.liaisonOfNewInstitution(AsLiaison.USERNAME));
        assertInstanceOf(AccessRefusedException.class, unwrap(assertThrows(Exception.class,
                () -> liaison.call(() -> imports.reportOfMyList(mine.getId(), PageRequest.of(0, 10))))));
        assertInstanceOf(AccessRefusedException.class, unwrap(assertThrows(Exception.class,
                () -> liaison.run(() -> runner.runToEnd(mine.getId())))));
        assertFalse(liaison.call(() -> imports.listsOfMyInstitution()).stream().anyMatch(b -> b.getId().equals(mine.getId())));
    }

    /** The list sent by the liaison and run to its end; the batch as it ended. */
    private ImportBatch send(String name, String csv) throws Exception {
        ImportBatch batch = liaison.call(() -> imports.prepareList(name, csv.getBytes(StandardCharsets.UTF_8)));
        liaison.run(() -> runner.runToEnd(batch.getId()));
        return database.find(ImportBatch.class, batch.getId());
    }

    private static String taxNumber() {
        return TaxNumbers.withCheckDigit(String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
