package gr.integrity.register.it;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.SubmissionRefusedException;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsLiaison;
import gr.integrity.register.it.support.AsLobbyist;
import gr.integrity.register.it.support.AsLobbyistB;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.it.support.Thrown;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.opendata.OpenDataExport;
import gr.integrity.register.opendata.OpenDataFile;
import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.pdf.DeclarationDocuments;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.registry.SettingsService;
import gr.integrity.register.returns.AnnualReturnSummary;
import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.returns.ContactEntry;
import gr.integrity.register.returns.Discrepancy;
import gr.integrity.register.returns.LobbyingReconciliation;
import gr.integrity.register.returns.ReturnSchemas;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Annual lobbying returns on the shared lifecycle, against MariaDB: a representative files its organisation's
 * return of the year (rules with codes, submit, amend, filed PDF), a liaison its institution's declaration of
 * lobbying received; nobody else reaches either; the auditors' reconciliation shows each contact one side reports
 * and the other lacks, with what the other side holds nearby.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReturnsIT {

    private static final int YEAR = AnnualReturns.defaultYear();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsLobbyist lobbyist;

    @EJB
    private AsLobbyistB otherLobbyist;

    @EJB
    private AsLiaison liaison;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsAuditor auditor;

    @EJB
    private Fixtures fixtures;

    @EJB
    private LobbyistRegistrations registrations;

    @EJB
    private AnnualReturns returns;

    @EJB
    private DeclarationService declarations;

    @EJB
    private LobbyingReconciliation reconciliation;

    @EJB
    private SettingsService settings;

    @EJB
    private gr.integrity.register.organisation.OrganisationService organisations;

    @EJB
    private DeclarationDocuments documents;

    @EJB
    private OpenDataExport export;

    private Organisation organisation;

    @BeforeEach
    void aRepresentedOrganisation() throws Exception {
        admin.call(() -> {
            fixtures.lobbyistAccount(AsLobbyist.USERNAME);
            fixtures.lobbyistAccount(AsLobbyistB.USERNAME);
            return null;
        });
        OrganisationForm form = new OrganisationForm();
        form.setNameEl(Fixtures.uniqueName("Σύμβουλοι Επιρροής"));
        form.setCategory(OrganisationCategory.CONSULTANCY);
        organisation = lobbyist.call(() -> registrations.register(form));
    }

    @Test
    void aRepresentativeFilesAndAmendsTheYearsReturnWhichNobodyElseReaches() throws Exception {
        long id = lobbyist.call(() -> returns.openForOrganisation(organisation.getId(), YEAR));
        assertEquals(id, lobbyist.call(() -> returns.openForOrganisation(organisation.getId(), YEAR)),
                "one return per organisation and year: opened again, it is found");
        assertRefused(() -> otherLobbyist.call(() -> returns.openForOrganisation(organisation.getId(), YEAR)));
        assertRefused(() -> otherLobbyist.call(() -> declarations.draft(id)));
        InvalidInputException thisYear = assertInstanceOf(InvalidInputException.class, Thrown.unwrap(assertThrows(
                Exception.class, () -> lobbyist.call(() -> returns.openForOrganisation(organisation.getId(), YEAR + 1)))));
        assertEquals("year", thisYear.getField(), "the year not over yet is refused on its field");

        // an empty return is a nil return, to confirm; a contact of another year is an error on its date
        DraftView empty = lobbyist.call(() -> declarations.draft(id));
        assertTrue(codes(empty).contains("RETURN-016"), codes(empty).toString());
        DeclarationContent content = new DeclarationContent();
        content.items(ReturnSchemas.ACTIVITIES).add(activity(LocalDate.of(YEAR - 1, 12, 30), "MEETING",
                "Υφυπουργός Γεώργιος Παπαδόπουλος", null));
        DraftView wrongYear = lobbyist.call(() -> declarations.saveDraft(id, empty.revision(), content));
        Finding outside = wrongYear.findings().stream().filter(f -> f.code().equals("RETURN-014")).findFirst().orElseThrow();
        assertTrue(outside.isError() && "date".equals(outside.field()), outside.toString());
        assertInstanceOf(SubmissionRefusedException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> declarations.submit(id, wrongYear.revision(), UUID.randomUUID().toString(),
                        Map.of())))), "an error blocks the submission");

        content.items(ReturnSchemas.ACTIVITIES).get(0).set("date", LocalDate.of(YEAR, 3, 10).toString());
        VersionView first = submit(lobbyist, id, content, wrongYear.revision());
        assertEquals(1, first.versionNo());
        assertEquals(organisation.getNameEl(), first.personName(), "the organisation is the declarant");

        // amended with a reason: version 2, and the list says so
        DraftView amendment = lobbyist.call(() -> declarations.amend(id, "Προσθήκη επαφής που παραλείφθηκε."));
        DeclarationContent more = amendment.content();
        more.items(ReturnSchemas.ACTIVITIES).add(activity(LocalDate.of(YEAR, 4, 2), "CORRESPONDENCE",
                "Ελένη Θεοδώρου", "Υπουργείο Ανάπτυξης"));
        VersionView second = submit(lobbyist, id, more, amendment.revision());
        assertEquals(2, second.versionNo());
        AnnualReturnSummary listed = lobbyist.call(() -> returns.mine()).stream()
                .filter(r -> r.declarationId() == id).findFirst().orElseThrow();
        assertEquals(2, listed.latestVersionNo());
        assertEquals(DeclarationType.LOBBYING_RETURN, listed.type());
        assertEquals(LocalDate.of(YEAR + 1, 5, 31), listed.deadline());
        assertRefused(() -> otherLobbyist.call(() -> declarations.version(id, 2)));

        // the filed PDF is the representative's, with the contacts in it
        String pdf = text(lobbyist.call(() -> documents.fullCopy(id, 2, Locale.ENGLISH)).bytes());
        assertTrue(pdf.contains(organisation.getNameEl()) && pdf.contains("Ελένη Θεοδώρου"), pdf);

        // public, as the lobbying register is: its page names the organisation, the API its declarant, the public
        // PDF its contacts, and the bulk files hold both versions
        WebClient web = WebClient.local();
        HttpResponse<String> page = web.get("/declaration.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(organisation.getNameEl()) && page.body().contains("Ελένη Θεοδώρου")
                && page.body().contains("organisation.xhtml?id=" + organisation.getId()), page.body());
        HttpResponse<String> api = web.get("/api/v1/declarations/" + id);
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"kind\":\"ORGANISATION\"") && api.body().contains("\"type\":\"LOBBYING_RETURN\"")
                && !api.body().contains("\"official\":{"), api.body());
        // the list narrowed to the organisation holds its return, and only that
        HttpResponse<String> list = web.get("/api/v1/declarations?format=csv&type=LOBBYING_RETURN&organisation="
                + organisation.getId());
        assertEquals(200, list.statusCode());
        List<String> rows = list.body().lines().skip(1).toList();
        assertEquals(1, rows.size(), list.body());
        assertTrue(rows.get(0).startsWith(id + ",LOBBYING_RETURN," + YEAR + ",,,,ORGANISATION," + organisation.getId()
                + ","), list.body());
        // once an ADMIN confirmed the organisation's entry, its feed (what its followers' digests read too) carries
        // the amendment, under its name
        admin.run(() -> organisations.confirm(organisation.getId()));
        String feed = web.get("/feeds/filings.atom?organisation=" + organisation.getId()).body();
        assertTrue(feed.contains("declaration.xhtml?id=" + id + "&amp;v=2") && feed.contains(organisation.getNameEl()),
                feed);
        String publicPdf = text(documents.publicCopy(id, 2, Locale.ENGLISH).bytes());
        assertTrue(publicPdf.contains("Ελένη Θεοδώρου") && publicPdf.contains(organisation.getNameEl()), publicPdf);
        OpenDataFile snapshot = admin.call(() -> export.publish());
        String versions = bulkTable(web, snapshot, "declaration_versions.csv");
        assertTrue(versions.lines().filter(row -> row.contains(second.receiptNumber()) || row.contains(first.receiptNumber()))
                .allMatch(row -> row.contains("LOBBYING_RETURN") && row.contains(",ORGANISATION," + organisation.getId())),
                versions);
        assertEquals(2, versions.lines().filter(row -> row.contains("L" + YEAR + "-") && row.contains(organisation.getNameEl()))
                .count(), "both versions are in the snapshot");
    }

    @Test
    void aLiaisonDeclaresTheLobbyingItsInstitutionReceivedAndTheAuditorSeesWhatEachSideLacks() throws Exception {
        Person minister = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(YEAR - 1, 1, 15),
                ObligedCategory.POLITICAL));
        Institution ministry = admin.call(() -> fixtures.liaisonOfNewInstitution(AsLiaison.USERNAME));
        String orgName = organisation.getNameEl();
        LocalDate met = LocalDate.of(YEAR, 5, 12);
        LocalDate metAgain = LocalDate.of(YEAR, 9, 3);

        // the official declares two meetings with the organisation
        for (LocalDate day : List.of(met, metAgain)) {
            declareMeeting(day);
        }

        // the institution declares one contact, by telephone
        long received = liaison.call(() -> returns.openForInstitution(YEAR));
        assertRefused(() -> lobbyist.call(() -> declarations.draft(received)));
        DeclarationContent contacts = new DeclarationContent();
        contacts.items(ReturnSchemas.CONTACTS).add(new DeclarationContent.Item().set("date", LocalDate.of(YEAR, 6, 1)
                        .toString()).set("method", "PHONE").set("official", "Ελένη Θεοδώρου")
                .set("subject", "Ενεργειακές κοινότητες").set("organisation", orgName)
                .set("organisationId", String.valueOf(organisation.getId())));
        submit(liaison, received, contacts, liaison.call(() -> declarations.draft(received)).revision());

        // the organisation's return: the first meeting (the name in another order, with a title), a meeting no
        // official declared, the telephone call the institution declared, and a letter the institution did not
        long id = lobbyist.call(() -> returns.openForOrganisation(organisation.getId(), YEAR));
        DeclarationContent content = new DeclarationContent();
        String officialName = "Υπουργός " + minister.getFamilyName() + " " + minister.getGivenName();
        content.items(ReturnSchemas.ACTIVITIES).add(activity(met, "MEETING", officialName, null));
        LocalDate undeclared = LocalDate.of(YEAR, 9, 5);
        content.items(ReturnSchemas.ACTIVITIES).add(activity(undeclared, "MEETING", officialName, null));
        content.items(ReturnSchemas.ACTIVITIES).add(activity(LocalDate.of(YEAR, 6, 1), "PHONE", "Ελένη Θεοδώρου",
                ministry.getNameEl()));
        LocalDate letter = LocalDate.of(YEAR, 10, 20);
        content.items(ReturnSchemas.ACTIVITIES).add(activity(letter, "CORRESPONDENCE", "Ελένη Θεοδώρου",
                ministry.getNameEl()));
        submit(lobbyist, id, content, lobbyist.call(() -> declarations.draft(id)).revision());

        assertRefused(() -> lobbyist.call(() -> reconciliation.ofYear(YEAR)));
        List<Discrepancy> found = auditor.call(() -> reconciliation.ofYear(YEAR)).stream()
                .filter(d -> orgName.equals(d.reported().organisation())).toList();
        Map<String, Discrepancy> byCode = found.stream().collect(Collectors.toMap(Discrepancy::code, d -> d));
        assertEquals(3, found.size(), found.toString());

        // a meeting in the return that no official declared, beside the meeting declared two days before
        Discrepancy notDeclared = byCode.get("RETURN_NOT_DECLARED");
        assertEquals(undeclared, notDeclared.reported().date());
        assertEquals(ContactEntry.Source.RETURN, notDeclared.reported().source());
        assertEquals(List.of(metAgain), notDeclared.otherSide().stream().map(ContactEntry::date).toList());
        assertEquals(ContactEntry.Source.MEETING, notDeclared.otherSide().get(0).source());
        assertTrue(notDeclared.otherSide().get(0).official().contains(minister.getFamilyName()));

        // the meeting the official declared that the return leaves out, beside the return's entry of that week
        Discrepancy notReturned = byCode.get("MEETING_NOT_RETURNED");
        assertEquals(metAgain, notReturned.reported().date());
        assertEquals(List.of(undeclared), notReturned.otherSide().stream().map(ContactEntry::date).toList());

        // the letter the institution did not declare; its telephone call matched the return
        Discrepancy notReceived = byCode.get("RETURN_NOT_RECEIVED");
        assertEquals(letter, notReceived.reported().date());
        assertTrue(notReceived.otherSide().isEmpty(), "nothing of the institution's within a week");

        // the auditor follows a discrepancy to the return's versions, and its review page answers
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, gr.integrity.register.security.Role.AUDITOR));
        admin.run(() -> fixtures.password(AsAuditor.USERNAME, gr.integrity.register.it.support.FixtureServlet.PASSWORD));
        WebClient auditorWeb = WebClient.local();
        auditorWeb.signIn(AsAuditor.USERNAME, gr.integrity.register.it.support.FixtureServlet.PASSWORD);
        HttpResponse<String> history = auditorWeb.get("/auditor/history.xhtml?id=" + id);
        assertEquals(200, history.statusCode());
        assertTrue(history.body().contains(orgName) && history.body().contains("reconciliation.xhtml?year=" + YEAR),
                "the versions, and the way back to the reconciliation: " + history.body());
        // a return is reconciled, not reviewed as a filing: its review page is not found, and says so
        assertEquals(404, auditorWeb.get("/auditor/review.xhtml?id=" + id).statusCode());

        // the institution's page lists its declaration, which the public reads
        WebClient web = WebClient.local();
        HttpResponse<String> page = web.get("/institution.xhtml?id=" + ministry.getId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("declaration.xhtml?id=" + received), page.body());
        assertTrue(web.get("/declaration.xhtml?id=" + received).body().contains("Ενεργειακές κοινότητες"));
    }

    @Test
    void anInstitutionsDeclarationIsReconciledWithTheMeetingsItsOfficialsDeclaredAndTheAuditorSeesItOnTheReview()
            throws Exception {
        Institution ministry = admin.call(() -> fixtures.liaisonOfNewInstitution(AsLiaison.USERNAME));
        // the official's post is at the liaison's institution: the meetings are the ones it received
        Person deputy = admin.call(() -> {
            fixtures.officialAccount(AsOfficialA.USERNAME);
            Person p = fixtures.person("Δοκιμαστής", Fixtures.uniqueName("Υφυπουργός"));
            fixtures.mandate(p, fixtures.position(ministry, "Υφυπουργός", ObligedCategory.POLITICAL),
                    LocalDate.of(YEAR - 1, 1, 15), null);
            fixtures.linkPerson(AsOfficialA.USERNAME, p.getId());
            return p;
        });
        String orgName = organisation.getNameEl();
        String deputyName = "Υφυπουργός " + deputy.getFamilyName() + " " + deputy.getGivenName();
        LocalDate bothDeclared = LocalDate.of(YEAR, 3, 10);
        LocalDate onlyOfficial = LocalDate.of(YEAR, 11, 4);
        LocalDate onlyInstitution = LocalDate.of(YEAR, 11, 6);
        declareMeeting(bothDeclared);
        long leftOut = declareMeeting(onlyOfficial);

        // an ADMIN moved the deadline: the return opened from then on is due on the new day
        long received;
        admin.run(() -> settings.changeSetting(RegistrySettings.ANNUAL_RETURN_DEADLINE, "06-15"));
        try {
            received = liaison.call(() -> returns.openForInstitution(YEAR));
        } finally {
            admin.run(() -> settings.changeSetting(RegistrySettings.ANNUAL_RETURN_DEADLINE, "05-31"));
        }
        assertEquals(LocalDate.of(YEAR + 1, 6, 15), liaison.call(() -> returns.mine()).stream()
                .filter(r -> r.declarationId() == received).findFirst().orElseThrow().deadline());
        DeclarationContent contacts = new DeclarationContent();
        for (var contact : Map.of(bothDeclared, "MEETING", onlyInstitution, "VIDEO").entrySet()) {
            contacts.items(ReturnSchemas.CONTACTS).add(new DeclarationContent.Item().set("date",
                            contact.getKey().toString()).set("method", contact.getValue()).set("official", deputyName)
                    .set("subject", "Τιμολόγηση ενέργειας").set("organisation", orgName)
                    .set("organisationId", String.valueOf(organisation.getId())));
        }
        submit(liaison, received, contacts, liaison.call(() -> declarations.draft(received)).revision());

        Map<String, List<Discrepancy>> byCode = auditor.call(() -> reconciliation.ofYear(YEAR)).stream()
                .filter(d -> orgName.equals(d.reported().organisation()))
                .collect(Collectors.groupingBy(Discrepancy::code));
        // the organisation filed no return: both contacts the institution declared are owed one
        assertEquals(2, byCode.get("RECEIVED_NO_RETURN").size(), byCode.toString());
        // the meeting the official declared that the institution left out, beside the one it declared two days on
        Discrepancy notReceived = byCode.get("MEETING_NOT_RECEIVED").get(0);
        assertEquals(1, byCode.get("MEETING_NOT_RECEIVED").size(), byCode.toString());
        assertEquals(onlyOfficial, notReceived.reported().date());
        assertEquals(leftOut, notReceived.reported().declarationId());
        assertEquals(List.of(onlyInstitution), notReceived.otherSide().stream().map(ContactEntry::date).toList());
        // and the reverse: the video call the institution declared that no official did
        Discrepancy notDeclared = byCode.get("RECEIVED_NOT_DECLARED").get(0);
        assertEquals(1, byCode.get("RECEIVED_NOT_DECLARED").size(), byCode.toString());
        assertEquals(onlyInstitution, notDeclared.reported().date());
        assertEquals(ContactEntry.Source.RECEIVED, notDeclared.reported().source());
        assertEquals(List.of(onlyOfficial), notDeclared.otherSide().stream().map(ContactEntry::date).toList());
        assertEquals(4, byCode.values().stream().mapToInt(List::size).sum(), "the meeting both declared matched");

        // the meeting's review shows both, beside its flags; the dashboard counts them and leads to the page
        List<String> concerning = auditor.call(() -> reconciliation.concerning(leftOut)).stream()
                .map(Discrepancy::code).sorted().toList();
        assertEquals(List.of("MEETING_NOT_RECEIVED", "RECEIVED_NOT_DECLARED"), concerning);
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, gr.integrity.register.security.Role.AUDITOR));
        admin.run(() -> fixtures.password(AsAuditor.USERNAME, gr.integrity.register.it.support.FixtureServlet.PASSWORD));
        WebClient auditorWeb = WebClient.local();
        auditorWeb.signIn(AsAuditor.USERNAME, gr.integrity.register.it.support.FixtureServlet.PASSWORD);
        String review = auditorWeb.get("/auditor/review.xhtml?id=" + leftOut).body();
        assertTrue(review.contains("filing-discrepancies") && review.contains("MEETING_NOT_RECEIVED")
                && review.contains("RECEIVED_NOT_DECLARED") && review.contains("history.xhtml?id=" + received), review);
        // the API's list of the institution's declarations holds its own, with the institution as declarant
        String listed = WebClient.local().get("/api/v1/declarations?format=csv&institution=" + ministry.getId()).body();
        assertTrue(listed.lines().anyMatch(row -> row.startsWith(received + ",LOBBYING_RECEIVED," + YEAR
                + ",,,,INSTITUTION," + ministry.getId() + ",")), listed);
        String dashboard = auditorWeb.get("/auditor/index.xhtml").body();
        assertTrue(dashboard.contains("reconciled-table") && dashboard.contains("reconciliation.xhtml?year=" + YEAR),
                dashboard);
    }

    /** The official declares a meeting with the test's organisation on the day; answers the declaration. */
    private long declareMeeting(LocalDate day) throws Exception {
        long meeting = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent m = new DeclarationContent();
        m.getHeader().put("date", day.toString());
        m.getHeader().put("format", "IN_PERSON");
        m.getHeader().put("subject", "Ρύθμιση της αγοράς ενέργειας");
        m.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation",
                organisation.getNameEl()).set("organisationId", String.valueOf(organisation.getId())));
        submit(official, meeting, m, official.call(() -> declarations.draft(meeting)).revision());
        return meeting;
    }

    private static String bulkTable(WebClient web, OpenDataFile file, String table) throws Exception {
        HttpResponse<byte[]> zip = TestHttp.CLIENT.send(TestHttp.request(java.net.URI.create(web.base()
                + "/open-data/" + file.getName())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode(), file.getName());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(table)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(table + " is not in " + file.getName());
    }

    private static DeclarationContent.Item activity(LocalDate date, String method, String official, String institution) {
        DeclarationContent.Item item = new DeclarationContent.Item().set("date", date.toString()).set("method", method)
                .set("official", official).set("policyArea", "Ενέργεια")
                .set("decision", "Νομοσχέδιο για τις ανανεώσιμες πηγές").set("lobbiedBy", "Άννα Λαμπράκη");
        return institution == null ? item : item.set("institution", institution);
    }

    private VersionView submit(As as, long id, DeclarationContent content, int revision) throws Exception {
        DraftView saved = as.call(() -> declarations.saveDraft(id, revision, content));
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream()
                .collect(Collectors.toMap(Finding::location, f -> "", (a, b) -> a));
        return as.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    private static List<String> codes(DraftView draft) {
        return draft.findings().stream().map(Finding::code).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = Thrown.unwrap(assertThrows(Exception.class, call));
        assertTrue(thrown instanceof AccessRefusedException || thrown instanceof jakarta.ejb.EJBAccessException,
                thrown.toString());
    }
}
