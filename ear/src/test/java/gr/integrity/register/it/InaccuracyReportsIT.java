package gr.integrity.register.it;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.reporting.ReportState;
import gr.integrity.register.reporting.ReportTarget;
import gr.integrity.register.reporting.ReportView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports of inaccuracies against MariaDB: anyone reports a public field of a published version, with evidence that
 * is stored cleaned; the reporter gets a reference; auditors (only) find it in their queue and beside the filing's
 * flags and mark it handled; nothing of it reaches a public page or the API; what is refused keeps nothing; one
 * address is held to a few reports an hour.
 */
@ExtendWith(ArquillianExtension.class)
class InaccuracyReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsAuditor auditor;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private InaccuracyReports reports;

    @EJB
    private TestDatabase database;

    @Inject
    private ClientContext client;

    private long declarationId;

    @BeforeEach
    void aPublishedDeclarationAndAnAddressOfItsOwn() throws Exception {
        // a reporter's address no other test or run uses, so that the hourly limit counts this test's reports only
        client.setAddress("198.51." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "/" + UUID.randomUUID());
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        long obligation = admin.call(() -> fixtures.obligation(person, ObligationKind.INITIAL));
        declarationId = official.call(() -> declarations.open(obligation));
        DraftView draft = official.call(() -> declarations.draft(declarationId));
        DraftView saved = official.call(() -> declarations.saveDraft(declarationId, draft.revision(),
                Filings.validAssetContent("15000")));
        official.call(() -> declarations.submit(declarationId, saved.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(saved)));
    }

    @Test
    void aReportReachesTheAuditorsWithItsCleanedEvidenceAndNothingOfItIsPublic() throws Exception {
        ReportTarget target = ReportTarget.version(declarationId, 1);
        List<String> fields = reports.fieldsOf(target);
        assertTrue(fields.contains("deposits.amount") && fields.contains("deposits.institution"), fields.toString());
        assertFalse(fields.contains("deposits.accountNumber") || fields.contains("family.fullName")
                || fields.contains("family.taxNumber"), "no private field can be named: " + fields);
        assertEquals(InaccuracyReports.OTHER, fields.get(fields.size() - 1));

        String explanation = "Το υπόλοιπο της κατάθεσης είναι μεγαλύτερο, σύμφωνα με δημοσίευμα " + UUID.randomUUID();
        String reference = reports.report(target, "deposits.amount", explanation, pdfBy("Ιωάννης Μάρτυρας"));
        assertTrue(reference.matches("R\\d{4}-[A-HJ-NP-Z2-9]{8}"), reference);

        // the auditors: in the open queue, and beside the filing's flags
        ReportView queued = auditor.call(() -> reports.list(ReportState.OPEN, PageRequest.of(0, 200))).items().stream()
                .filter(r -> r.reference().equals(reference)).findFirst().orElseThrow();
        assertEquals("deposits.amount", queued.field());
        assertEquals(explanation, queued.explanation());
        assertEquals(declarationId, queued.reviewedDeclarationId());
        assertTrue(queued.hasEvidence());
        assertTrue(auditor.call(() -> reports.ofDeclaration(declarationId)).stream()
                .anyMatch(r -> r.reference().equals(reference)));
        // the evidence, stored without the metadata that named who made it
        byte[] evidence = auditor.call(() -> reports.evidence(queued.id())).bytes();
        try (PDDocument pdf = Loader.loadPDF(evidence)) {
            assertNull(pdf.getDocumentInformation().getAuthor());
        }
        assertFalse(new String(evidence, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Martyras"));

        // not for the public, nor for the filer
        assertInstanceOf(EJBAccessException.class, assertThrows(Exception.class,
                () -> reports.list(ReportState.OPEN, PageRequest.of(0, 10))));
        assertInstanceOf(EJBAccessException.class, assertThrows(Exception.class,
                () -> official.call(() -> reports.ofDeclaration(declarationId))));
        WebClient web = WebClient.local();
        for (String page : List.of("/declaration.xhtml?id=" + declarationId + "&v=1", "/api/v1/declarations/" + declarationId,
                "/declarations/pdf?id=" + declarationId + "&v=1")) {
            var answer = web.get(page);
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().contains(reference) || answer.body().contains(explanation), page);
        }

        // handled with a note, once
        auditor.run(() -> reports.handle(queued.id(), queued.version(), "Ζητήθηκε το αντίγραφο κίνησης λογαριασμού."));
        ReportView handled = auditor.call(() -> reports.ofDeclaration(declarationId)).stream()
                .filter(r -> r.reference().equals(reference)).findFirst().orElseThrow();
        assertEquals(ReportState.HANDLED, handled.state());
        assertEquals("Ζητήθηκε το αντίγραφο κίνησης λογαριασμού.", handled.handlingNote());
        assertInstanceOf(ConflictException.class, unwrap(assertThrows(Exception.class, () -> auditor.run(
                () -> reports.handle(queued.id(), queued.version(), "Δεύτερη φορά.")))));
    }

    @Test
    void aRefusedReportIsRefusedOnItsFieldAndKeepsNothing() throws Exception {
        ReportTarget target = ReportTarget.version(declarationId, 1);
        long before = database.count("select count(r) from InaccuracyReport r");
        assertRefused("field", () -> reports.report(target, "deposits.accountNumber", "Ο λογαριασμός δεν είναι αυτός που γράφεται.", null));
        assertRefused("field", () -> reports.report(target, null, "Ο λογαριασμός δεν είναι αυτός που γράφεται.", null));
        assertRefused("explanation", () -> reports.report(target, "deposits.amount", "Λάθος.", null));
        assertRefused("explanation", () -> reports.report(target, "deposits.amount", "χ".repeat(4001), null));
        assertRefused("evidence", () -> reports.report(target, "deposits.amount", "Το ποσό είναι λάθος, δείτε το συνημμένο.",
                "MZ\u0090 not a pdf at all".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(before, database.count("select count(r) from InaccuracyReport r"), "nothing kept");
        // a version the public does not see cannot be reported
        assertInstanceOf(NotFoundException.class, unwrap(assertThrows(Exception.class,
                () -> reports.fieldsOf(ReportTarget.version(declarationId, 9)))));
    }

    @Test
    void oneAddressSendsAFewReportsAnHour() throws Exception {
        ReportTarget target = ReportTarget.version(declarationId, 1);
        for (int i = 0; i < InaccuracyReports.PER_HOUR; i++) {
            reports.report(target, InaccuracyReports.OTHER, "Αναφορά αριθμός " + i + " για την ίδια δήλωση.", null);
        }
        BusinessException refused = assertInstanceOf(BusinessException.class, unwrap(assertThrows(Exception.class,
                () -> reports.report(target, InaccuracyReports.OTHER, "Μία ακόμη αναφορά για την ίδια δήλωση.", null))));
        assertEquals("report.tooMany", refused.getMessageKey());
        client.setAddress("203.0.113.9/" + UUID.randomUUID());
        assertTrue(reports.report(target, InaccuracyReports.OTHER, "Από άλλη διεύθυνση, η αναφορά γίνεται δεκτή.", null)
                .startsWith("R"));
    }

    private static void assertRefused(String field, org.junit.jupiter.api.function.Executable report) {
        Throwable refused = unwrap(assertThrows(Exception.class, report));
        assertEquals(field, assertInstanceOf(InvalidInputException.class, refused).getField());
    }

    /** A one-page PDF whose metadata names its author. */
    private static byte[] pdfBy(String author) throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentInformation().setAuthor(author + " (Martyras)");
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
