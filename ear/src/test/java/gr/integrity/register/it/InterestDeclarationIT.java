package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.interest.InterestDeclarationKind;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.organisation.LobbyistView;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.organisation.PersonMatch;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.pdf.DeclarationDocuments;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.SettingsService;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The declaration of interests on the shared lifecycle, against MariaDB: organisations linked to their records
 * on every save, unknown ones proposed as pending records on submission and merged by an ADMIN without breaking a
 * single link, the declaration nobody else may touch, and the public that sees outside pay only as its band.
 */
@ExtendWith(ArquillianExtension.class)
class InterestDeclarationIT {

    /** An exact outside pay: published only as its band, so this figure must appear on no public surface. */
    private static final String EXACT_PAY = "7345";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsOfficialB otherOfficial;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private OrganisationService organisations;

    @EJB
    private OrganisationPeople people;

    @EJB
    private DeclarationDocuments documents;

    @EJB
    private SettingsService settings;

    @EJB
    private TestDatabase database;

    @Test
    void organisationsAreLinkedOnSaveAndUnknownOnesProposedOnSubmission() throws Exception {
        String known = Fixtures.uniqueName("Ελληνικά Πετρέλαια Δοκιμών Α.Ε.");
        Organisation registered = admin.call(() -> organisations.create(form(known)));
        String unknown = Fixtures.uniqueName("Σύλλογος Φίλων της Δοκιμής");
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));

        DeclarationContent content = new DeclarationContent();
        // typed in capitals and without accents: the link is made by the folded name
        content.items(InterestSchema.POSITIONS).add(position(known.toUpperCase(Locale.ROOT)));
        content.items(InterestSchema.MEMBERSHIPS).add(new Item().set("organisation", unknown).set("role", "Μέλος"));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));

        Item position = saved.content().items(InterestSchema.POSITIONS).get(0);
        assertEquals(registered.getId().toString(), position.get("organisationId"));
        Item membership = saved.content().items(InterestSchema.MEMBERSHIPS).get(0);
        assertEquals(null, membership.get("organisationId"), "a draft proposes nothing yet");
        assertTrue(saved.findings().stream().anyMatch(f -> f.code().equals("INTEREST-050") && !f.isError()
                && f.section().equals(InterestSchema.MEMBERSHIPS)), saved.findings().toString());
        assertEquals(0, database.count("select count(o) from Organisation o where o.nameEl = ?1", unknown));

        VersionView filed = submit(id, saved);

        Organisation proposed = database.list("select o from Organisation o where o.nameEl = ?1", Organisation.class,
                unknown).get(0);
        assertEquals(OrganisationStatus.PENDING, proposed.getStatus());
        assertEquals(AsOfficialA.USERNAME, proposed.getProposedBy());
        assertEquals(proposed.getId().toString(),
                filed.content().items(InterestSchema.MEMBERSHIPS).get(0).get("organisationId"));
        assertEquals(1, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.ORGANISATION_PROPOSED, proposed.getId().toString()));
        assertTrue(filed.confirmations().keySet().stream().anyMatch(k -> k.startsWith("INTEREST-050|memberships")),
                "the filer confirmed that a new organisation would be proposed");
    }

    @Test
    void aMergeKeepsEveryLinkWorkingAndTheDuplicatesName() throws Exception {
        String survivorName = Fixtures.uniqueName("Σύνδεσμος Βιομηχανιών Δοκιμής");
        String duplicateName = Fixtures.uniqueName("ΣΒΔ Δοκιμής");
        Organisation survivor = admin.call(() -> organisations.create(form(survivorName)));
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent content = new DeclarationContent();
        content.items(InterestSchema.MEMBERSHIPS).add(new Item().set("organisation", duplicateName).set("role", "Μέλος"));
        VersionView filed = submit(id, official.call(() -> declarations.saveDraft(id, draft.revision(), content)));
        long duplicateId = Long.parseLong(filed.content().items(InterestSchema.MEMBERSHIPS).get(0).get("organisationId"));

        admin.call(() -> organisations.merge(duplicateId, survivor.getId()));

        // the submitted version is unchanged and its id still finds the organisation, now the survivor
        assertEquals(String.valueOf(duplicateId), official.call(() -> declarations.version(id, 1)).content()
                .items(InterestSchema.MEMBERSHIPS).get(0).get("organisationId"));
        assertEquals(survivor.getId(), admin.call(() -> organisations.resolve(duplicateId)).getId());
        // the duplicate's name finds the survivor, in suggestions and when an amendment is saved
        List<OrganisationChoice> suggested = official.call(() -> organisations.suggest(duplicateName, 5));
        assertEquals(survivor.getId(), suggested.get(0).id());
        DraftView amendment = official.call(() -> declarations.amend(id, "Διόρθωση ρόλου στον σύνδεσμο."));
        DeclarationContent changed = amendment.content();
        changed.items(InterestSchema.MEMBERSHIPS).get(0).set("role", "Μέλος του διοικητικού συμβουλίου");
        DraftView saved = official.call(() -> declarations.saveDraft(id, amendment.revision(), changed));
        assertEquals(survivor.getId().toString(), saved.content().items(InterestSchema.MEMBERSHIPS).get(0).get("organisationId"));
        VersionView second = submit(id, saved);
        List<FieldChange> changes = official.call(() -> declarations.compare(id, 1, 2));
        assertEquals(List.of("role"), changes.stream().map(FieldChange::field).toList(),
                "a relinked record is no change to a reader; the role is");
        assertEquals(2, second.versionNo());
    }

    @Test
    void anAdminConfirmsWhatAFilingProposed() throws Exception {
        String unknown = Fixtures.uniqueName("Ένωση Δοκιμαστικών Επιχειρήσεων");
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent content = new DeclarationContent();
        content.items(InterestSchema.MEMBERSHIPS).add(new Item().set("organisation", unknown));
        submit(id, official.call(() -> declarations.saveDraft(id, draft.revision(), content)));
        long proposed = database.list("select o.id from Organisation o where o.nameEl = ?1", Long.class, unknown).get(0);

        assertTrue(admin.call(() -> organisations.pendingCount()) >= 1);
        Organisation confirmed = admin.call(() -> organisations.confirm(proposed));
        assertEquals(OrganisationStatus.CONFIRMED, confirmed.getStatus());
        assertEquals(AsAdmin.USERNAME, confirmed.getConfirmedBy());
        // a second confirmation is refused: nothing is pending any more
        assertThrows(Exception.class, () -> admin.call(() -> organisations.confirm(proposed)));
    }

    @Test
    void theGiftThresholdIsTheAdminsSetting() throws Exception {
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent content = new DeclarationContent();
        content.items(InterestSchema.GIFTS).add(new Item().set("giftKind", "GIFT").set("description", "Κασετίνα με στυλό")
                .set("value", "80").set("currency", "EUR"));
        DraftView below = official.call(() -> declarations.saveDraft(id, draft.revision(), content));
        assertTrue(below.findings().stream().noneMatch(f -> f.code().equals("INTEREST-019")), below.findings().toString());

        admin.call(() -> { settings.changeSetting(InterestDeclarationKind.GIFT_THRESHOLD, "50"); return null; });
        try {
            DraftView above = official.call(() -> declarations.draft(id));
            assertTrue(above.findings().stream().anyMatch(f -> f.code().equals("INTEREST-019")));
            assertTrue(above.findings().stream().anyMatch(f -> f.code().equals("INTEREST-017") && f.isError()),
                    "above the threshold, the giver is required");
            assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class, () -> admin.call(() -> {
                settings.changeSetting(InterestDeclarationKind.GIFT_THRESHOLD, "-5");
                return null;
            }))));
        } finally {
            admin.call(() -> { settings.changeSetting(InterestDeclarationKind.GIFT_THRESHOLD, "150"); return null; });
        }
    }

    @Test
    void aLobbyistWhoLeftAPublicPositionRecentlyIsFlaggedWhileTheCoolingOffRuns() throws Exception {
        Organisation firm = admin.call(() -> organisations.create(form(Fixtures.uniqueName("Σύμβουλοι Δημοσίων Υποθέσεων"))));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Athens"));
        admin.call(() -> people.addLobbyist(firm.getId(), "Νίκος Πρώην", "Γενικός Γραμματέας Ενέργειας",
                today.minusMonths(6)));
        admin.call(() -> people.addLobbyist(firm.getId(), "Άννα Παλαιά", "Σύμβουλος Υπουργού",
                today.minusYears(3)));
        admin.call(() -> people.addLobbyist(firm.getId(), "Γιώργος Ιδιώτης", null, null));
        // past the 18 months of law 4829/2021, the default, though within the 24 the register used to assume
        admin.call(() -> people.addLobbyist(firm.getId(), "Πέτρος Εικοσάμηνος", "Υφυπουργός Ανάπτυξης",
                today.minusMonths(20)));

        Map<String, Boolean> flagged = people.lobbyists(firm.getId()).stream()
                .collect(Collectors.toMap(LobbyistView::name, LobbyistView::formerOfficial));
        assertEquals(Map.of("Νίκος Πρώην", true, "Άννα Παλαιά", false, "Γιώργος Ιδιώτης", false,
                "Πέτρος Εικοσάμηνος", false), flagged);
        assertEquals(String.valueOf(OrganisationPeople.COOLING_OFF_DEFAULT_MONTHS),
                admin.call(() -> settings.settings()).stream().filter(r -> r.getName().equals(OrganisationPeople.COOLING_OFF))
                        .findFirst().orElseThrow().getValue(), "the default is the law's");
        String page = get("/organisation.xhtml?id=" + firm.getId()).body();
        assertTrue(page.contains("Νίκος Πρώην") && page.contains("Πρώην αξιωματούχος"), "the public sees the flag");

        admin.call(() -> { settings.changeSetting(OrganisationPeople.COOLING_OFF, "48"); return null; });
        try {
            assertTrue(people.lobbyists(firm.getId()).stream()
                    .filter(l -> l.name().equals("Άννα Παλαιά")).findFirst().orElseThrow().formerOfficial());
        } finally {
            admin.call(() -> { settings.changeSetting(OrganisationPeople.COOLING_OFF,
                    String.valueOf(OrganisationPeople.COOLING_OFF_DEFAULT_MONTHS)); return null; });
        }
        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class, () -> admin.call(() ->
                people.addLobbyist(firm.getId(), "Μελλοντικός", "Υφυπουργός", today.plusDays(10))))));
        assertInstanceOf(EJBAccessException.class, unwrap(assertThrows(Exception.class, () -> official.call(() ->
                people.addLobbyist(firm.getId(), "Κάποιος", null, null)))));
        assertEquals(4, people.lobbyists(firm.getId()).size(), "nothing refused was added");
    }

    @Test
    void aLobbyistWhoIsAFormerOfficialOfTheRegisterIsFlaggedFromTheirMandatesWithAnAdminDecidingWhereUncertain()
            throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Athens"));
        LocalDate left = today.minusMonths(5);
        String family = Fixtures.uniqueName("Θυρωρού");
        String twinFamily = Fixtures.uniqueName("Διπλός");
        long[] twins = new long[2];
        Person former = admin.call(() -> {
            var ministry = fixtures.institution(Fixtures.unique("Υπουργείο Δοκιμών Περιστρεφόμενης Πόρτας"));
            var post = fixtures.position(ministry, "Γενική Γραμματέας Υποδομών", ObligedCategory.POLITICAL);
            Person p = fixtures.person("Ελένη", family);
            fixtures.mandate(p, post, today.minusYears(3), left);
            // two persons of one name: one left a post three months ago, the other years ago
            for (int i = 0; i < 2; i++) {
                Person twin = fixtures.person("Κώστας", twinFamily);
                fixtures.mandate(twin, post, today.minusYears(8 - 4 * i), today.minusMonths(i == 0 ? 70 : 3));
                twins[i] = twin.getId();
            }
            return p;
        });
        Organisation firm = admin.call(() -> organisations.create(form(Fixtures.uniqueName("Σύμβουλοι Θυρωρείου"))));

        // the name alone, written family name first, and no past position typed: the register cannot be sure
        LobbyistView unsure = admin.call(() -> people.addLobbyist(firm.getId(), family + " Ελένη", null, null));
        assertEquals(PersonMatch.State.UNCERTAIN, unsure.match().state());
        assertEquals(List.of(former.getId()), unsure.match().candidates().stream().map(PersonMatch.Candidate::personId).toList());
        assertFalse(unsure.formerOfficial(), "not flagged on a guess");
        String uncertainPage = get("/organisation.xhtml?id=" + firm.getId()).body();
        assertFalse(uncertainPage.contains("Γενική Γραμματέας Υποδομών"), "nor shown the namesake's post");

        LobbyistView decided = admin.call(() -> people.decidePerson(unsure.id(), former.getId()));
        assertEquals(PersonMatch.State.CONFIRMED, decided.match().state());
        assertTrue(decided.formerOfficial(), "the mandate ended five months ago, within the 18 months");
        assertEquals(left, decided.positionEnded(), "from the register's mandate, not from typed text");
        assertEquals(left.plusMonths(OrganisationPeople.COOLING_OFF_DEFAULT_MONTHS), decided.coolingOffUntil());
        assertTrue(decided.pastPosition().startsWith("Γενική Γραμματέας Υποδομών"), decided.pastPosition());
        String page = get("/organisation.xhtml?id=" + firm.getId()).body();
        assertTrue(page.contains("Γενική Γραμματέας Υποδομών") && page.contains("Πρώην αξιωματούχος")
                && page.contains("person.xhtml?id=" + former.getId()), "the public sees the flag and whose mandates");
        assertEquals(1, database.count("select count(e) from AuditEntry e where e.objectType = 'Organisation'"
                        + " and e.objectId = ?1 and e.details = ?2", String.valueOf(firm.getId()),
                "lobbyist " + unsure.id() + " is person " + former.getId()), "the decision is in the audit trail");

        // a second organisation's entry gives the day the post ended: that corroborates the one namesake
        Organisation other = admin.call(() -> organisations.create(form(Fixtures.uniqueName("Σύμβουλοι Αυλής"))));
        LobbyistView matched = admin.call(() -> people.addLobbyist(other.getId(), "Ελένη " + family,
                "Γενική Γραμματέας", left));
        assertEquals(PersonMatch.State.MATCHED, matched.match().state());
        assertTrue(matched.fromMandates() && matched.formerOfficial());

        // two namesakes and no day to tell them apart: the ADMIN chooses, and may say it is neither
        LobbyistView twin = admin.call(() -> people.addLobbyist(other.getId(), "Κώστας " + twinFamily, null, null));
        assertEquals(PersonMatch.State.UNCERTAIN, twin.match().state());
        assertEquals(2, twin.match().candidates().size());
        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class, () ->
                admin.call(() -> people.decidePerson(twin.id(), former.getId())))), "only a namesake can be chosen");
        assertEquals(true, admin.call(() -> people.decidePerson(twin.id(), twins[1])).formerOfficial());
        assertEquals(false, admin.call(() -> people.decidePerson(twin.id(), twins[0])).formerOfficial(),
                "the other left 70 months ago");
        LobbyistView neither = admin.call(() -> people.decidePerson(twin.id(), null));
        assertEquals(PersonMatch.State.REJECTED, neither.match().state());
        assertFalse(neither.formerOfficial() || neither.fromMandates());
        assertInstanceOf(EJBAccessException.class, unwrap(assertThrows(Exception.class, () -> official.call(() ->
                people.decidePerson(twin.id(), twins[1])))), "only an ADMIN decides");
    }

    @Test
    void onlyTheFilerTouchesTheDeclarationAndOnlyAnAdminTheRegister() throws Exception {
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));

        assertInstanceOf(AccessRefusedException.class, unwrap(assertThrows(Exception.class,
                () -> otherOfficial.call(() -> declarations.draft(id)))));
        assertInstanceOf(AccessRefusedException.class, unwrap(assertThrows(Exception.class,
                () -> otherOfficial.call(() -> declarations.saveDraft(id, draft.revision(), new DeclarationContent())))));
        assertInstanceOf(EJBAccessException.class, unwrap(assertThrows(Exception.class,
                () -> official.call(() -> organisations.create(form(Fixtures.uniqueName("Εταιρεία")))))));
        assertInstanceOf(EJBAccessException.class, unwrap(assertThrows(Exception.class,
                () -> official.call(() -> organisations.merge(1, 2)))));
        assertEquals(0, official.call(() -> declarations.draft(id)).content().itemCount(), "nothing was written");
    }

    @Test
    void thePublicSeesOutsidePayOnlyAsItsBand() throws Exception {
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent content = new DeclarationContent();
        Item position = position(Fixtures.uniqueName("Πανεπιστήμιο Δοκιμών"));
        content.items(InterestSchema.POSITIONS).add(position);
        content.getHeader().put("spouseOccupation", "Αρχιτέκτονας τοπίου");
        submit(id, official.call(() -> declarations.saveDraft(id, draft.revision(), content)));

        String page = get("/declaration.xhtml?id=" + id).body();
        String json = get("/api/v1/declarations/" + id).body();
        String pdf = pdfText(get("/declarations/pdf?id=" + id + "&v=1", HttpResponse.BodyHandlers.ofByteArray()).body());
        for (String surface : List.of(page, json, pdf)) {
            assertTrue(surface.contains("Αρχιτέκτονας τοπίου") && surface.contains("Διδάσκων"), surface.substring(0, 300));
            assertTrue(surface.contains("5000") || surface.contains("5.000"), "the band is published");
            assertFalse(surface.contains(EXACT_PAY) || surface.contains("7.345") || surface.contains("7,345"),
                    "the exact pay leaked");
        }
        String full = pdfText(official.call(() -> documents.fullCopy(id, 1, Locale.forLanguageTag("el"))).bytes());
        assertTrue(full.contains("7.345"), "the filer's own copy has the exact figure");
    }

    @Test
    void interestsOfACategoryThatPublishesNoneAreFiledButNotPublished() throws Exception {
        // whether a category's interests are published is the category's policy, read on every request
        long id = open(ObligedCategory.POLITICAL);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent content = new DeclarationContent();
        content.items(InterestSchema.POSITIONS).add(position(Fixtures.uniqueName("Ίδρυμα Δοκιμών")));
        submit(id, official.call(() -> declarations.saveDraft(id, draft.revision(), content)));
        assertEquals(200, get("/declaration.xhtml?id=" + id).statusCode());

        database.nativeUpdate("update category_policy set interests_published = false where category = 'POLITICAL'");
        try {
            assertEquals(404, get("/declaration.xhtml?id=" + id).statusCode());
            assertEquals(404, get("/api/v1/declarations/" + id).statusCode());
            assertEquals(404, get("/declarations/pdf?id=" + id + "&v=1").statusCode());
        } finally {
            database.nativeUpdate("update category_policy set interests_published = true where category = 'POLITICAL'");
        }
    }

    private static OrganisationForm form(String name) {
        OrganisationForm form = new OrganisationForm();
        form.setNameEl(name);
        return form;
    }

    private static Item position(String organisation) {
        return new Item().set("organisation", organisation).set("role", "Διδάσκων σε μεταπτυχιακό πρόγραμμα")
                .set("paid", "PAID").set("amount", EXACT_PAY).set("currency", "EUR").set("from", "2024-10-01");
    }

    private long open(ObligedCategory category) throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), category));
        Long obligation = database.list("select o.id from Obligation o where o.person.id = ?1 and o.kind = ?2"
                        + " and o.periodYear = 2026 and o.declarationType = ?3", Long.class, person.getId(),
                ObligationKind.ANNUAL, DeclarationType.INTEREST).get(0);
        assertNotNull(obligation);
        return official.call(() -> declarations.open(obligation));
    }

    /** Submits as the review page does: every warning confirmed, no error left. */
    private VersionView submit(long id, DraftView saved) throws Exception {
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream().collect(Collectors.toMap(Finding::location, f -> ""));
        return official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return TestHttp.CLIENT.send(TestHttp.request(uri).build(), handler);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException && !(t instanceof EJBAccessException) || t.getClass() == Exception.class)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
