package gr.integrity.register.it.drills;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.fees.LateFeeService;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsLiaison;
import gr.integrity.register.it.support.AsLobbyist;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.registry.Person;
import gr.integrity.register.review.FlagWeights;
import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.returns.LobbyingReconciliation;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.security.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, as one table, checked twice: at the services (the rule every entry point goes through) and at
 * the HTTP level (the pages and downloads a browser would ask for). Every role (anonymous, the filer, another
 * official, a lobbyist, an auditor, an administrator) meets every kind of action on an official's declaration and on
 * the register: reading the draft, reading the private fields, submitting, amending, reviewing, changing the
 * register's settings, importing. A cell is either allowed or refused, never anything else.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    enum Actor { ANONYMOUS, OFFICIAL_A, OFFICIAL_B, LOBBYIST, AUDITOR, ADMIN, LIAISON }

    enum Action {
        READ_DRAFT, READ_PRIVATE_FIELDS, SUBMIT, AMEND, REVIEW, ADMIN_CHANGE, IMPORT, COLLECT_FEES, READ_REPORTS,
        SEND_LIST, FILE_RETURN, DECLARE_RECEIVED, RECONCILE
    }

    /** The table: who is allowed each action. Everyone else is refused. */
    private static final Map<Action, Set<Actor>> ALLOWED = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.READ_DRAFT, EnumSet.of(Actor.OFFICIAL_A)),
            Map.entry(Action.READ_PRIVATE_FIELDS, EnumSet.of(Actor.OFFICIAL_A, Actor.AUDITOR)),
            Map.entry(Action.SUBMIT, EnumSet.of(Actor.OFFICIAL_A)),
            Map.entry(Action.AMEND, EnumSet.of(Actor.OFFICIAL_A)),
            Map.entry(Action.REVIEW, EnumSet.of(Actor.AUDITOR)),
            Map.entry(Action.ADMIN_CHANGE, EnumSet.of(Actor.ADMIN)),
            Map.entry(Action.IMPORT, EnumSet.of(Actor.ADMIN)),
            // the year's late filings with the filers' tax numbers, for collection
            Map.entry(Action.COLLECT_FEES, EnumSet.of(Actor.AUDITOR)),
            // the public's reports of inaccuracies: anyone sends one, only auditors read them
            Map.entry(Action.READ_REPORTS, EnumSet.of(Actor.AUDITOR)),
            // an institution's list of obliged persons, sent by its liaison
            Map.entry(Action.SEND_LIST, EnumSet.of(Actor.LIAISON)),
            // an organisation's annual return, filed by its representative
            Map.entry(Action.FILE_RETURN, EnumSet.of(Actor.LOBBYIST)),
            // an institution's annual declaration of the lobbying it received, by its liaison
            Map.entry(Action.DECLARE_RECEIVED, EnumSet.of(Actor.LIAISON)),
            // the reconciliation of the returns with the meetings declared
            Map.entry(Action.RECONCILE, EnumSet.of(Actor.AUDITOR))));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA officialA;

    @EJB
    private AsOfficialB officialB;

    @EJB
    private AsLobbyist lobbyist;

    @EJB
    private AsLiaison liaison;

    @EJB
    private LateFeeService lateFees;

    @EJB
    private InaccuracyReports inaccuracyReports;

    @EJB
    private AsAuditor auditor;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ReviewService reviews;

    @EJB
    private FlagWeights weights;

    @EJB
    private ImportService imports;

    @EJB
    private TestDatabase database;

    @EJB
    private LobbyistRegistrations registrations;

    @EJB
    private AnnualReturns returns;

    @EJB
    private LobbyingReconciliation reconciliation;

    /** The lobbyist's organisation, with its return of last year opened; the liaison's declaration of that year. */
    private long organisationId;
    private long returnId;
    private long receivedId;

    /** Official A's declarations: one with a saved draft, one submitted (and so in review). */
    private long draftId;
    private int draftRevision;
    private long filedId;

    @BeforeEach
    void officialAWithADraftAndAFiling() throws Exception {
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, Role.AUDITOR));
        admin.run(() -> fixtures.staffAccount(AsAdmin.USERNAME, Role.ADMIN));
        admin.run(() -> fixtures.lobbyistAccount(AsLobbyist.USERNAME));
        admin.call(() -> fixtures.liaisonOfNewInstitution(AsLiaison.USERNAME));
        admin.call(() -> fixtures.freshOfficial(AsOfficialB.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        List<Long> obligations = database.list("select o.id from Obligation o where o.person.id = ?1"
                + " and o.declarationType = ?2 order by o.id", Long.class, person.getId(), DeclarationType.ASSET);
        filedId = officialA.call(() -> declarations.open(obligations.get(0)));
        DraftView filed = save(filedId);
        officialA.call(() -> declarations.submit(filedId, filed.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(filed)));
        draftId = officialA.call(() -> declarations.open(obligations.get(1)));
        draftRevision = save(draftId).revision();
        OrganisationForm organisation = new OrganisationForm();
        organisation.setNameEl(Fixtures.uniqueName("Εκπρόσωποι Πίνακα"));
        organisationId = lobbyist.call(() -> registrations.register(organisation)).getId();
        returnId = lobbyist.call(() -> returns.openForOrganisation(organisationId, AnnualReturns.defaultYear()));
        receivedId = liaison.call(() -> returns.openForInstitution(AnnualReturns.defaultYear()));
    }

    @Test
    void theServicesAllowExactlyTheTable() throws Exception {
        Map<Action, Callable<?>> actions = new EnumMap<>(Action.class);
        actions.put(Action.READ_DRAFT, () -> declarations.draft(draftId));
        actions.put(Action.READ_PRIVATE_FIELDS, () -> declarations.version(filedId, 1));
        actions.put(Action.SUBMIT, () -> declarations.submit(draftId, draftRevision, UUID.randomUUID().toString(),
                Filings.confirmations(officialA.call(() -> declarations.draft(draftId)))));
        actions.put(Action.AMEND, () -> declarations.amend(filedId, "Διόρθωση του υπολοίπου της κατάθεσης."));
        actions.put(Action.REVIEW, () -> reviews.assign(filedId, null));
        actions.put(Action.ADMIN_CHANGE, () -> weights.change("LATE_FILING", 10));
        actions.put(Action.IMPORT, () -> imports.prepare("access-matrix.csv", parliamentFile(),
                List.of(ImportKind.GR_PARLIAMENT_MEMBERS)));
        actions.put(Action.COLLECT_FEES, () -> lateFees.forCollection(LocalDate.now().getYear()));
        actions.put(Action.READ_REPORTS, () -> inaccuracyReports.list(null, PageRequest.of(0, 10)));
        actions.put(Action.SEND_LIST, () -> imports.prepareList("access-matrix-list.csv", obligedList()));
        actions.put(Action.FILE_RETURN, () -> declarations.draft(returns.openForOrganisation(organisationId,
                AnnualReturns.defaultYear())));
        actions.put(Action.DECLARE_RECEIVED, () -> declarations.draft(receivedId));
        actions.put(Action.RECONCILE, () -> reconciliation.ofYear(AnnualReturns.defaultYear()));

        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Action action : Action.values()) {
            // refusals first: an allowed action may change what the next one finds (a submitted draft)
            List<Actor> order = new ArrayList<>(List.of(Actor.values()));
            order.sort((a, b) -> Boolean.compare(ALLOWED.get(action).contains(a), ALLOWED.get(action).contains(b)));
            for (Actor actor : order) {
                boolean allowed = ALLOWED.get(action).contains(actor);
                boolean done = attempt(actor, actions.get(action), wrong, action);
                cases++;
                if (done != allowed) {
                    wrong.add(actor + " " + action + ": " + (done ? "allowed" : "refused") + ", should be "
                            + (allowed ? "allowed" : "refused"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        record("services", cases);
    }

    @Test
    void thePagesAndDownloadsAllowExactlyTheTable() throws Exception {
        Map<Actor, WebClient> clients = new EnumMap<>(Actor.class);
        clients.put(Actor.ANONYMOUS, WebClient.local());
        Map<Actor, String> usernames = Map.of(Actor.OFFICIAL_A, AsOfficialA.USERNAME, Actor.OFFICIAL_B,
                AsOfficialB.USERNAME, Actor.LOBBYIST, AsLobbyist.USERNAME, Actor.AUDITOR, AsAuditor.USERNAME,
                Actor.ADMIN, AsAdmin.USERNAME, Actor.LIAISON, AsLiaison.USERNAME);
        for (Map.Entry<Actor, String> user : usernames.entrySet()) {
            admin.run(() -> fixtures.password(user.getValue(), FixtureServlet.PASSWORD));
            WebClient client = WebClient.local();
            String home = client.signIn(user.getValue(), FixtureServlet.PASSWORD);
            assertTrue(!home.contains("login"), user.getValue() + " signs in, sent to " + home);
            clients.put(user.getKey(), client);
        }

        Map<Action, String> addresses = new EnumMap<>(Action.class);
        addresses.put(Action.READ_DRAFT, "/official/declarations/edit.xhtml?id=" + draftId);
        addresses.put(Action.SUBMIT, "/official/declarations/review.xhtml?id=" + draftId);
        addresses.put(Action.AMEND, "/official/declarations/receipt.xhtml?id=" + filedId + "&v=1");
        addresses.put(Action.REVIEW, "/auditor/review.xhtml?id=" + filedId);
        addresses.put(Action.ADMIN_CHANGE, "/admin/settings.xhtml");
        addresses.put(Action.IMPORT, "/admin/imports/list.xhtml");
        addresses.put(Action.COLLECT_FEES, "/auditor/late-fees.csv?year=" + LocalDate.now().getYear());
        addresses.put(Action.READ_REPORTS, "/auditor/reports.xhtml");
        addresses.put(Action.SEND_LIST, "/liaison/index.xhtml");
        addresses.put(Action.FILE_RETURN, "/official/declarations/edit.xhtml?id=" + returnId);
        addresses.put(Action.DECLARE_RECEIVED, "/official/declarations/edit.xhtml?id=" + receivedId);
        addresses.put(Action.RECONCILE, "/auditor/reconciliation.xhtml");

        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Action action : Action.values()) {
            for (Actor actor : Actor.values()) {
                WebClient client = clients.get(actor);
                boolean allowed = ALLOWED.get(action).contains(actor);
                boolean served;
                if (action == Action.READ_PRIVATE_FIELDS) {
                    // the full PDF: the filer's address and the auditors' address; either serving it counts
                    served = served(client, "/official/declarations/pdf?id=" + filedId + "&v=1", actor, wrong)
                            | served(client, "/auditor/declarations/pdf?id=" + filedId + "&v=1", actor, wrong);
                } else {
                    served = served(client, addresses.get(action), actor, wrong);
                }
                cases++;
                if (served != allowed) {
                    wrong.add(actor + " " + action + ": " + (served ? "served" : "refused") + ", should be "
                            + (allowed ? "served" : "refused"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        record("http", cases);
    }

    /**
     * Whether the address was served (200). Anything else must be a refusal as a person sees it: a signed-in user
     * is answered 403, an anonymous one is sent to sign in; never 404 for what exists, never 500.
     */
    private static boolean served(WebClient client, String address, Actor actor, List<String> wrong) throws Exception {
        HttpResponse<String> answer = client.get(address);
        if (answer.statusCode() == 200) {
            return true;
        }
        boolean refusedProperly = actor == Actor.ANONYMOUS
                ? answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                : answer.statusCode() == 403;
        if (!refusedProperly) {
            wrong.add(actor + " " + address + ": answered " + answer.statusCode());
        }
        return false;
    }

    /** Runs the action as the actor: whether it went through (a refusal is the only other outcome allowed). */
    private boolean attempt(Actor actor, Callable<?> action, List<String> wrong, Action which) throws Exception {
        As as = switch (actor) {
            case ANONYMOUS -> null;
            case OFFICIAL_A -> officialA;
            case OFFICIAL_B -> officialB;
            case LOBBYIST -> lobbyist;
            case AUDITOR -> auditor;
            case ADMIN -> admin;
            case LIAISON -> liaison;
        };
        try {
            if (as == null) {
                action.call(); // the test itself runs with no signed-in user
            } else {
                as.call(action);
            }
            return true;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof EJBAccessException)
                    && !(cause instanceof AccessRefusedException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof EJBAccessException) && !(cause instanceof AccessRefusedException)) {
                wrong.add(actor + " " + which + ": failed otherwise than by a refusal: " + e);
            }
            return false;
        }
    }

    private DraftView save(long id) throws Exception {
        int revision = officialA.call(() -> declarations.draft(id)).revision();
        return officialA.call(() -> declarations.saveDraft(id, revision, Filings.validAssetContent("12.500,50")));
    }

    /** An institution's list of one obliged person. */
    private static byte[] obligedList() {
        return ("given_name,family_name,father_name,tax_number,spouse_tax_number,children_tax_numbers,position,"
                + "category,start_date,end_date\nΕλένη,Πινακίδου,,"
                + gr.integrity.register.registry.TaxNumbers.withCheckDigit("12345678")
                + ",,,Γραμματέας,LOCAL_GOVERNMENT,2025-09-01,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] parliamentFile() throws Exception {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/fixtures/gr_parliament_members_1989_2020.csv")) {
            return in.readAllBytes();
        }
    }

    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();

    private static void record(String level, int cases) {
        FIGURES.put("roles", Actor.values().length);
        FIGURES.put("actions", Action.values().length);
        FIGURES.put(level + "Cases", cases);
        DrillFigures.write("access-matrix", FIGURES);
    }
}
