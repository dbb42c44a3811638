package gr.integrity.register.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test deployments only ({@link Deployments#withTests()}): lets a browser test, which runs outside the server,
 * ask for fresh data of its own. {@code POST /it-fixtures/official} answers the username of a new official whose
 * password is {@link #PASSWORD} ({@code /it-fixtures/lobbyist}: of a new interest representative);
 * {@code POST /it-fixtures/organisation?name=...} enters a confirmed organisation;
 * {@code POST /it-fixtures/meetings} imports the Commission's meetings export unless the register has it already;
 * {@code POST /it-fixtures/account?username=...&change=disable|roles} has an ADMIN disable the account or add the
 * AUDITOR role to it, through the accounts service; {@code POST /it-fixtures/filing} has a new official submit a
 * meeting declaration and answers its receipt number; {@code POST /it-fixtures/former-official} enters a person of a
 * new name who left a ministry post six months ago and answers their name; {@code POST /it-fixtures/late-filing}
 * has the test official, as a new person of the financial sector (or {@code ?category=}) in office since January
 * 2024, file their initial asset declaration years late, and answers "username declarationId receiptNumber
 * taxNumber" (the password is {@link #PASSWORD}); {@code POST /it-fixtures/amend-and-digest?declaration=..} has the
 * test official amend that declaration and sends the watch digests at once, answering how many went out;
 * {@code POST /it-fixtures/liaison} answers "username institutionId" of a new institution's liaison.
 */
@WebServlet({"/it-fixtures/official", "/it-fixtures/lobbyist", "/it-fixtures/organisation", "/it-fixtures/meetings",
        "/it-fixtures/account", "/it-fixtures/filing", "/it-fixtures/former-official",
        "/it-fixtures/late-filing", "/it-fixtures/amend-and-digest",
        "/it-fixtures/liaison"})
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PASSWORD = "it-Browser-Password-2026";

    @EJB
    private AsAdmin admin;

    @EJB
    private Fixtures fixtures;

    @EJB
    private AsOfficialA official;

    @EJB
    private gr.integrity.register.declaration.DeclarationService declarations;

    @EJB
    private gr.integrity.register.watching.WatchDigests digests;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String path = request.getServletPath();
            String answer = path.endsWith("/organisation")
                    ? admin.call(() -> fixtures.organisation(request.getParameter("name"))).toString()
                    : path.endsWith("/meetings") ? String.valueOf(admin.call(() -> fixtures.commissionMeetings()))
                    : path.endsWith("/account") ? admin.call(() -> fixtures.changeAccount(request.getParameter("username"),
                            request.getParameter("change")))
                    : path.endsWith("/lobbyist") ? admin.call(() -> fixtures.activeLobbyist(PASSWORD))
                    : path.endsWith("/filing") ? filing()
                    : path.endsWith("/former-official") ? formerOfficial()
                    : path.endsWith("/late-filing") ? lateFiling(request.getParameter("category"))
                    : path.endsWith("/liaison") ? admin.call(() -> fixtures.activeLiaison(PASSWORD))
                    : path.endsWith("/amend-and-digest") ? amendAndDigest(Long.parseLong(request.getParameter("declaration")))
                    : admin.call(() -> fixtures.activeOfficial(PASSWORD));
            response.setContentType("text/plain");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException("The fixture could not be made", e);
        }
    }

    /** A person who left a ministry post six months ago, under a name no other run uses; "given family". */
    private String formerOfficial() throws Exception {
        String family = Fixtures.uniqueName("Πρεβεζάνος");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Athens"));
        admin.call(() -> {
            var post = fixtures.position(fixtures.institution(Fixtures.unique("Υπουργείο Δοκιμών")),
                    "Υφυπουργός Ναυτιλίας", gr.integrity.register.registry.ObligedCategory.POLITICAL);
            fixtures.mandate(fixtures.person("Ιάσονας", family), post, today.minusYears(2), today.minusMonths(6));
            return null;
        });
        return "Ιάσονας " + family;
    }

    /** The test official's initial asset declaration, owed since 2024, filed now: "username id receipt taxNumber". */
    private String lateFiling(String category) throws Exception {
        var person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, java.time.LocalDate.of(2024, 1, 15),
                gr.integrity.register.registry.ObligedCategory.valueOf(category == null ? "FINANCIAL_SECTOR" : category)));
        admin.run(() -> fixtures.password(AsOfficialA.USERNAME, PASSWORD));
        String taxNumber = "0" + (100_000_000 + person.getId() % 800_000_000);
        admin.run(() -> fixtures.taxNumber(person, taxNumber));
        long obligation = admin.call(() -> fixtures.obligation(person, gr.integrity.register.registry.ObligationKind.INITIAL));
        long id = official.call(() -> declarations.open(obligation));
        var draft = official.call(() -> declarations.draft(id));
        var saved = official.call(() -> declarations.saveDraft(id, draft.revision(), Filings.validAssetContent("8400")));
        String receipt = official.call(() -> declarations.submit(id, saved.revision(),
                java.util.UUID.randomUUID().toString(), Filings.confirmations(saved))).receiptNumber();
        return AsOfficialA.USERNAME + " " + id + " " + receipt + " " + taxNumber;
    }

    /** The test official's declaration amended (a new deposit amount), then the digests sent; how many went out. */
    private String amendAndDigest(long id) throws Exception {
        official.call(() -> declarations.amend(id, "Διόρθωση του ποσού της κατάθεσης."));
        var draft = official.call(() -> declarations.draft(id));
        var saved = official.call(() -> declarations.saveDraft(id, draft.revision(),
                Filings.validAssetContent(String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 99000)))));
        java.time.Instant submitted = official.call(() -> declarations.submit(id, saved.revision(),
                java.util.UUID.randomUUID().toString(), Filings.confirmations(saved))).submittedAt();
        // a digest covers the seconds that are over: once the amendment's second is, one run sends what it owes
        Eventually.until("the amendment's second is over", java.time.Duration.ofSeconds(5),
                () -> !java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(1)
                        .isBefore(submitted));
        return String.valueOf(admin.call(() -> digests.sendNow()));
    }

    /** A meeting declaration submitted by a new official; its receipt number. */
    private String filing() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, java.time.LocalDate.of(2024, 1, 15),
                gr.integrity.register.registry.ObligedCategory.POLITICAL));
        String organisation = Fixtures.uniqueName("Φορέας Επαλήθευσης");
        admin.call(() -> fixtures.organisation(organisation));
        long id = official.call(() -> declarations.declare(gr.integrity.register.declaration.DeclarationType.MEETING));
        var content = new gr.integrity.register.declaration.DeclarationContent();
        content.getHeader().put("date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Athens")).minusDays(1).toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("subject", "Διαβούλευση για το μητρώο διαφάνειας");
        content.items(gr.integrity.register.lobbying.MeetingSchema.ORGANISATIONS)
                .add(new gr.integrity.register.declaration.DeclarationContent.Item().set("organisation", organisation));
        var draft = official.call(() -> declarations.draft(id));
        var saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));
        java.util.Map<String, String> confirmations = saved.findings().stream().collect(
                java.util.stream.Collectors.toMap(gr.integrity.register.declaration.Finding::location, f -> ""));
        return official.call(() -> declarations.submit(id, saved.revision(), java.util.UUID.randomUUID().toString(),
                confirmations)).receiptNumber();
    }
}
