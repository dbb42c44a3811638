package gr.integrity.register.demo;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.RuleContext;
import gr.integrity.register.declaration.DeclarationSubmitted;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.PreparedVersion;
import gr.integrity.register.declaration.Submissions;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationClient;
import gr.integrity.register.organisation.OrganisationLobbyist;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.Account;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.returns.ReturnSchemas;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Files the demo officials' past asset and interest declarations: every obligation whose deadline has passed, for the two demo
 * accounts and a few dozen other politicians, through the same submission path (canonical form, hash, receipt,
 * chain) a real filing takes, at plausible past times. Most are on time, some late, some amended. Obligations still
 * open are left for the demo to file.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoDeclarations {

    private static final Logger LOG = Logger.getLogger(DemoDeclarations.class);
    static final int OTHER_OFFICIALS = 60;
    private static final Map<DeclarationType, List<String>> AMENDMENT_REASONS = Map.of(
            DeclarationType.ASSET, List.of(
                    "Παραλείφθηκε καταθετικός λογαριασμός που βρέθηκε μετά την υποβολή.",
                    "Διόρθωση του υπολοίπου καταθέσεων σύμφωνα με τη βεβαίωση της τράπεζας.",
                    "Προσθήκη λογαριασμού ταμιευτηρίου που είχε παραλειφθεί εκ παραδρομής."),
            DeclarationType.INTEREST, List.of(
                    "Παραλείφθηκε δώρο του Δεκεμβρίου που καταγράφηκε μετά την υποβολή.",
                    "Προσθήκη δώρου που είχε παραλειφθεί εκ παραδρομής."));
    /** A demo organisation that a filing proposed and no ADMIN has checked yet: the admin pages show one. */
    static final String PENDING_ORGANISATION = "Σύλλογος Φίλων του Δάσους Καρπενησίου";
    static final String DEMO_CONSULTANCY = "Σύμβουλοι Δημοσίων Υποθέσεων Αιγαίου Α.Ε.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Submissions submissions;

    @Inject
    private Event<DeclarationSubmitted> submitted;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private RegistrySettings settings;

    @EJB
    private AuditTrail audit;

    /** One filing to make: a first version, or an amendment of the declaration's latest one. */
    private record Filing(Instant at, Obligation obligation, String amendmentReason) {
    }

    /** Loads the demo declarations if the register has none yet; returns how many versions were filed. */
    public int loadIfMissing() {
        if (em.createQuery("select count(d) from Declaration d", Long.class).getSingleResult() > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        Set<Long> showcase = new LinkedHashSet<>(em.createQuery("select a.person.id from Account a"
                + " where a.username in ('official', 'official2') and a.person is not null", Long.class).getResultList());
        Map<String, Long> organisationIds = organisations();
        Set<Long> persons = new LinkedHashSet<>(showcase);
        persons.addAll(em.createQuery("select distinct o.person.id from Obligation o where o.declarationType = :asset"
                        + " and o.category = :political and o.deadline < :today order by o.person.id", Long.class)
                .setParameter("asset", DeclarationType.ASSET).setParameter("political", ObligedCategory.POLITICAL)
                .setParameter("today", today).setMaxResults(OTHER_OFFICIALS).getResultList());
        if (persons.isEmpty()) {
            return 0;
        }
        List<Obligation> due = em.createQuery("select o from Obligation o join fetch o.person"
                        + " where o.declarationType in :types and o.deadline < :today and o.person.id in :persons"
                        + " order by o.person.id, o.periodYear, o.kind", Obligation.class)
                .setParameter("types", List.of(DeclarationType.ASSET, DeclarationType.INTEREST))
                .setParameter("today", today).setParameter("persons", persons).getResultList();
        List<Filing> filings = plan(due, Instant.now(), showcase);
        LOG.infof("Demo data: filing %d asset and interest declaration versions for %d officials", filings.size(),
                persons.size());
        Map<Long, Declaration> declarations = new HashMap<>();
        Map<String, DeclarationContent> latestByPerson = new HashMap<>();
        int done = 0;
        for (Filing filing : filings) {
            Obligation o = filing.obligation();
            Declaration declaration = declarations.computeIfAbsent(o.getId(), id -> {
                Declaration d = new Declaration(o.getDeclarationType(), o.getPerson(), o, o.getPeriodYear());
                em.persist(d);
                em.flush();
                return d;
            });
            String latestKey = o.getPerson().getId() + " " + o.getDeclarationType();
            DeclarationContent content = content(o, filing, latestByPerson.get(latestKey), organisationIds);
            PreparedVersion prepared = PreparedVersion.prepareGenerated(kinds.of(declaration.getType()), content,
                    context(declaration, filing.at()));
            DeclarationVersion version = submissions.create(declaration, prepared, 0, UUID.randomUUID().toString(),
                    "demo", filing.amendmentReason(), filing.at());
            // as a filing through the pages does: the filing enters review, its red flags raised, the audit trail
            // records it
            submitted.fire(new DeclarationSubmitted(declaration.getId(), declaration.getType(),
                    o.getPerson().getId(), version.getVersionNo(), prepared.content()));
            audit.recordAs("demo", Submissions.auditAction(version.getVersionNo()), "Declaration",
                    declaration.getId(), Submissions.auditDetails(version.getReceiptNumber(), version.getContentHash()));
            latestByPerson.put(latestKey, content);
            if (++done % 50 == 0) {
                LOG.infof("Demo data: %d of %d declaration versions filed", done, filings.size());
            }
        }
        audit.record(AuditAction.DEMO_DATA_LOADED, "Declaration", null, done + " demo declaration versions");
        return done;
    }

    /**
     * When each filing happens: weeks before the deadline as a rule, one in eight after it (late), and one in five
     * amended some months later (never in the future); the demo accounts' annual declaration of two years ago is
     * always amended, so that their history has something to show. Sorted by time, as the chain of hashes requires.
     */
    static List<Filing> plan(List<Obligation> due, Instant now, Set<Long> showcase) {
        int twoYearsAgo = now.atZone(Obligation.ATHENS).getYear() - 2;
        List<Filing> filings = new ArrayList<>();
        for (Obligation o : due) {
            Random random = new Random(o.getPerson().getId() * 1_000 + o.getPeriodYear() * 10L + o.getKind().ordinal()
                    + o.getDeclarationType().ordinal() * 7_919L);
            boolean late = random.nextInt(8) == 0;
            LocalDate day = late ? o.getDeadline().plusDays(3 + random.nextInt(40))
                    : o.getDeadline().minusDays(1 + random.nextInt(60));
            Instant first = at(day, 9 + random.nextInt(11), random);
            if (first.isAfter(now)) {
                continue;
            }
            filings.add(new Filing(first, o, null));
            boolean shown = showcase.contains(o.getPerson().getId()) && o.getKind() == ObligationKind.ANNUAL
                    && o.getPeriodYear() == twoYearsAgo;
            if (shown || random.nextInt(5) == 0) {
                Instant amended = at(day.plusDays(15 + random.nextInt(150)), 9 + random.nextInt(11), random);
                if (amended.isBefore(now)) {
                    List<String> reasons = AMENDMENT_REASONS.get(o.getDeclarationType());
                    filings.add(new Filing(amended, o, reasons.get(random.nextInt(reasons.size()))));
                }
            }
        }
        filings.sort(Comparator.comparing(Filing::at));
        return filings;
    }

    /** A first version (from the person's previous declaration of the type, if any) or an amendment of the latest. */
    private static DeclarationContent content(Obligation o, Filing filing, DeclarationContent latest,
                                              Map<String, Long> organisationIds) {
        long seed = o.getPerson().getId();
        boolean amendment = filing.amendmentReason() != null;
        LocalDate filed = filing.at().atZone(Obligation.ATHENS).toLocalDate();
        if (o.getDeclarationType() == DeclarationType.INTEREST) {
            return amendment ? InterestContentGenerator.withForgottenGift(latest, o.getPeriodYear(), filed)
                    : InterestContentGenerator.generate(seed, o.getPeriodYear(), filed, latest, organisationIds);
        }
        return amendment ? AssetContentGenerator.withForgottenDeposit(latest, o.getPeriodYear())
                : AssetContentGenerator.generate(seed, o.getPeriodYear(), o.getPerson().getFamilyName(),
                o.getMandate().getPosition().getInstitution().getNameEl(), latest);
    }

    /**
     * The demo organisations the interest declarations name, confirmed, and one a filing proposed that still awaits
     * an ADMIN; their ids by Greek name.
     */
    private Map<String, Long> organisations() {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select o from Organisation o", Organisation.class).getResultList()
                .forEach(o -> ids.put(o.getNameEl(), o.getId()));
        if (!ids.isEmpty()) {
            return ids;
        }
        for (String[] o : InterestContentGenerator.ORGANISATIONS) {
            Organisation organisation = new Organisation(o[0], OrganisationStatus.PENDING, "demo");
            organisation.setNameEn(o[1]);
            organisation.setCategory(OrganisationCategory.valueOf(o[2]));
            em.persist(organisation);
            organisation.confirmFromSource("demo");
            ids.put(o[0], organisation.getId());
        }
        Organisation pending = new Organisation(PENDING_ORGANISATION, OrganisationStatus.PENDING, "official");
        pending.setCategory(OrganisationCategory.NGO);
        em.persist(pending);
        em.flush();
        consultancy(ids);
        return ids;
    }

    /**
     * The consultancy the demo lobbyist represents: confirmed, with a partner who left a public position a year
     * ago (so flagged while the cooling-off period runs), another without one, and two clients.
     */
    private void consultancy(Map<String, Long> ids) {
        List<Account> representative = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", DemoAccounts.LOBBYIST).getResultList();
        Organisation firm = new Organisation(DEMO_CONSULTANCY, OrganisationStatus.PENDING, DemoAccounts.LOBBYIST);
        firm.setNameEn("Aegean Public Affairs Consultants S.A.");
        firm.setCategory(OrganisationCategory.CONSULTANCY);
        firm.setRegistrationNumber("123456789000");
        firm.setAddress("Πανεπιστημίου 10, 10671 Αθήνα");
        firm.setAreasOfInterest("Ενέργεια, ναυτιλία, ψηφιακή πολιτική");
        representative.forEach(firm::representedBy);
        em.persist(firm);
        firm.confirmFromSource("demo");
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        List<OrganisationLobbyist> partners = List.of(new OrganisationLobbyist(firm, "Δημήτρης Αλεξίου",
                "Γενικός Γραμματέας Ενέργειας", today.minusYears(1), "demo"),
                new OrganisationLobbyist(firm, "Ελένη Μαργαρίτη", null, null, "demo"));
        for (OrganisationLobbyist partner : partners) {
            partner.confirmFromSource("demo");
            em.persist(partner);
        }
        em.flush();
        for (String client : List.of("Δημόσια Επιχείρηση Ηλεκτρισμού Α.Ε.", "Ένωση Ελλήνων Εφοπλιστών")) {
            OrganisationClient entry = new OrganisationClient(firm, em.find(Organisation.class, ids.get(client)), "demo");
            entry.confirmFromSource("demo");
            em.persist(entry);
        }
        ids.put(DEMO_CONSULTANCY, firm.getId());
        annualReturn(firm, today.getYear() - 1, ids);
    }

    /**
     * The consultancy's return of last year's influence activities and the demo liaison's institution's declaration
     * of the lobbying it received (see {@link #consultancyReturn} and {@link #lobbyingReceived}).
     */
    private void annualReturn(Organisation firm, int year, Map<String, Long> ids) {
        Long client = ids.get("Δημόσια Επιχείρηση Ηλεκτρισμού Α.Ε.");
        Long shipowners = ids.get("Ένωση Ελλήνων Εφοπλιστών");
        fileAnnually(Declaration.annualReturn(DeclarationType.LOBBYING_RETURN, firm, null, year,
                settings.annualReturnDeadline(year)), consultancyReturn(year, client, shipowners), DemoAccounts.LOBBYIST);
        List<Institution> institution = em.createQuery("select a.institution from Account a where a.username = :u",
                Institution.class).setParameter("u", DemoAccounts.LIAISON).getResultList();
        if (institution.isEmpty() || institution.get(0) == null) {
            return;
        }
        List<Person> official = em.createQuery("select m.person from Mandate m where m.position.institution = :i"
                + " order by m.person.id", Person.class).setParameter("i", institution.get(0)).setMaxResults(1)
                .getResultList();
        String officialName = official.isEmpty() ? "Γενικός Γραμματέας" : official.get(0).fullName();
        fileAnnually(Declaration.annualReturn(DeclarationType.LOBBYING_RECEIVED, null, institution.get(0), year,
                settings.annualReturnDeadline(year)),
                lobbyingReceived(year, firm.getNameEl(), firm.getId(), officialName, shipowners), DemoAccounts.LIAISON);
    }

    /**
     * The consultancy's return of a year's influence activities: a meeting no official declared in the demo data
     * (the auditors' reconciliation shows it) and a letter.
     */
    static DeclarationContent consultancyReturn(int year, Long clientId, Long shipownersId) {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("summary", "Ενημέρωση για την αποθήκευση ενέργειας και τη ναυτιλία.");
        content.items(ReturnSchemas.ACTIVITIES).add(new DeclarationContent.Item().set("date", year + "-03-14")
                .set("method", "MEETING").set("official", "Γενικός Γραμματέας Ενέργειας Νικόλαος Σταθόπουλος")
                .set("institution", "Υπουργείο Περιβάλλοντος και Ενέργειας").set("policyArea", "Ενέργεια")
                .set("decision", "Νομοσχέδιο για την αποθήκευση ενέργειας").set("lobbiedBy", "Ελένη Μαργαρίτη")
                .set("client", "Δημόσια Επιχείρηση Ηλεκτρισμού Α.Ε.").set("clientId", String.valueOf(clientId)));
        content.items(ReturnSchemas.ACTIVITIES).add(new DeclarationContent.Item().set("date", year + "-06-02")
                .set("method", "CORRESPONDENCE").set("official", "Υπουργός Ναυτιλίας")
                .set("institution", "Υπουργείο Ναυτιλίας και Νησιωτικής Πολιτικής").set("policyArea", "Ναυτιλία")
                .set("decision", "Κανονισμός για τα καύσιμα των πλοίων").set("lobbiedBy", "Ελένη Μαργαρίτη")
                .set("client", "Ένωση Ελλήνων Εφοπλιστών").set("clientId", String.valueOf(shipownersId)));
        return content;
    }

    /**
     * An institution's declaration of the lobbying it received in a year: a meeting of one of its officials with
     * the consultancy that neither the consultancy's return nor the official's declarations hold (the
     * reconciliation shows both sides), and a call from the shipowners' association.
     */
    static DeclarationContent lobbyingReceived(int year, String firmName, long firmId, String officialName,
                                               Long shipownersId) {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("summary", "Επαφές με εκπροσώπους συμφερόντων που καταγράφηκαν από το γραφείο τύπου.");
        content.items(ReturnSchemas.CONTACTS).add(new DeclarationContent.Item().set("date", year + "-09-22")
                .set("method", "MEETING").set("official", officialName).set("lobbiedBy", "Δημήτρης Αλεξίου")
                .set("subject", "Διασυνδέσεις ηλεκτρικής ενέργειας των νησιών").set("organisation", firmName)
                .set("organisationId", String.valueOf(firmId)));
        content.items(ReturnSchemas.CONTACTS).add(new DeclarationContent.Item().set("date", year + "-10-08")
                .set("method", "PHONE").set("official", officialName).set("subject", "Λιμενικά τέλη")
                .set("organisation", "Ένωση Ελλήνων Εφοπλιστών").set("organisationId", String.valueOf(shipownersId)));
        return content;
    }

    /** Submits a demo annual declaration twenty days before its deadline (or now, for a deadline not yet near). */
    private void fileAnnually(Declaration declaration, DeclarationContent content, String filer) {
        em.persist(declaration);
        em.flush();
        int year = declaration.getPeriodYear();
        Instant at = declaration.returnDeadline().minusDays(20).atStartOfDay(Obligation.ATHENS).toInstant();
        Instant filedAt = at.isAfter(Instant.now()) ? Instant.now() : at;
        RuleContext context = new RuleContext(year, null, declaration.returnDeadline(),
                filedAt.atZone(Obligation.ATHENS).toLocalDate(), null, Map.of());
        PreparedVersion prepared = PreparedVersion.prepareGenerated(kinds.of(declaration.getType()), content, context);
        DeclarationVersion version = submissions.create(declaration, prepared, 0, UUID.randomUUID().toString(),
                filer, null, filedAt);
        audit.recordAs("demo", Submissions.auditAction(version.getVersionNo()), "Declaration", declaration.getId(),
                Submissions.auditDetails(version.getReceiptNumber(), version.getContentHash()));
    }

    /** The rules' context of a generated filing made at that time. */
    private RuleContext context(Declaration declaration, Instant at) {
        Instant first = declaration.getFirstSubmittedAt();
        return new RuleContext(declaration.getPeriodYear(), declaration.getPerson().getBirthDate(),
                declaration.getObligation().getDeadline(), at.atZone(Obligation.ATHENS).toLocalDate(),
                first == null ? null : first.atZone(Obligation.ATHENS).toLocalDate(),
                kinds.of(declaration.getType()).thresholds());
    }


    private static Instant at(LocalDate day, int hour, Random random) {
        return ZonedDateTime.of(day, LocalTime.of(hour, random.nextInt(60), random.nextInt(60)), Obligation.ATHENS)
                .toInstant();
    }
}
