package gr.integrity.register.scale;

import gr.integrity.register.platform.persistence.StoredTime;
import gr.integrity.register.audit.AuditEntry;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.demo.AssetContentGenerator;
import gr.integrity.register.demo.InterestContentGenerator;
import gr.integrity.register.demo.RegistryBulkWriter;
import gr.integrity.register.demo.RegistryGenerator;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.RuleContext;
import gr.integrity.register.declaration.PreparedVersion;
import gr.integrity.register.declaration.Submissions;
import gr.integrity.register.review.FlagSubject;
import gr.integrity.register.review.RedFlagCatalogue;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationRules;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Files the scale data's declarations: for every due obligation of the generated officials a first version (most on
 * time, some late, a few never filed), and amendments until the size's number of versions is reached. Each version
 * is what a filer's submission makes of its content ({@link PreparedVersion}: the type's rules, the warnings
 * confirmed, normalized, canonical, hashed), numbered, given a receipt and chained to the one before with the same
 * {@link Submissions#chainHash}; each filing enters review with the red flags the catalogue raises on its latest
 * version ({@link RedFlagCatalogue#raise}) and its risk score, and each version has its audit entry, chained like the
 * service's. Only the writing differs: JDBC batches, the chains' heads locked for each chunk only, so that a real
 * filing meanwhile still links in.
 *
 * <p>Some officials also get an account ({@value ScaleData#FILER_PREFIX}NNNNN) and an amendment draft of about fifty items
 * on each of their asset declarations: the filings the benchmark submits.
 */
final class ScaleDeclarations {

    static final int DRAFT_ITEMS = 50;
    private static final int CHUNK = 1_000;
    private static final int BATCH_OF_PERSONS = 50;
    private static final String SUBMITTED_BY = "scale";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** What the chunk being built holds until it is written. */
    private record DeclarationRow(long id, DeclarationType type, long personId, long obligationId, int periodYear,
                                  int latestVersionNo, Instant firstSubmittedAt) {
    }

    private record VersionRow(long declarationId, int versionNo, String receipt, String submissionKey,
                              PreparedVersion prepared, Instant submittedAt, String amendmentReason) {

        VersionRow numbered(long declaration, String receiptNumber) {
            return new VersionRow(declaration, versionNo, receiptNumber, submissionKey, prepared, submittedAt,
                    amendmentReason);
        }
    }

    /** A filing in review: its latest version's flags and the score they sum to. */
    private record ReviewRow(long declarationId, long personId, int versionNo, Instant since,
                             List<RedFlagCatalogue.Raised> flags, int score) {
    }

    private record DraftRow(long declarationId, String content, int baseVersionNo) {
    }

    /** Counts of what was written. */
    record Written(long declarations, long versions, long drafts, long filers, long reviewRows) {
        /** Every row: each version also has its audit entry; each filing its review and red flags. */
        long rows() {
            return declarations + 2 * versions + drafts + 2 * filers + reviewRows;
        }
    }

    private final Connection connection;
    /** The container's managed threads that make the contents. */
    private final ExecutorService makers;
    private final Function<DeclarationType, DeclarationKind> kinds;
    private final Map<String, Long> organisationIds;
    private final Map<String, BigDecimal> flagSettings;
    private final Map<String, Integer> flagWeights;
    private final String filerPasswordHash;
    private final LocalDate today;
    private final Instant now;
    private final Timestamp written = Timestamp.from(Instant.now());
    private final List<DeclarationRow> declarations = new ArrayList<>();
    private final List<VersionRow> versions = new ArrayList<>();
    private final List<DraftRow> drafts = new ArrayList<>();
    private final List<ReviewRow> reviews = new ArrayList<>();
    private long declarationCount;
    private long versionCount;
    private long draftCount;
    private long filerCount;
    private long reviewRowCount;

    ScaleDeclarations(Connection connection, ExecutorService makers, Function<DeclarationType, DeclarationKind> kinds,
                      Map<String, Long> organisationIds, Map<String, BigDecimal> flagSettings,
                      String filerPasswordHash, LocalDate today, Instant now) throws SQLException {
        this.connection = connection;
        this.makers = makers;
        this.kinds = kinds;
        this.organisationIds = organisationIds;
        this.flagSettings = flagSettings;
        this.flagWeights = weights(connection);
        this.filerPasswordHash = filerPasswordHash;
        this.today = today;
        this.now = now;
    }

    /** One person's filings, made apart from the others (in parallel) and numbered when written. */
    private record PersonFilings(RegistryGenerator.PersonRow person, List<Filed> filed) {
    }

    private record Filed(RegistryBulkWriter.ObligationRow obligation, List<VersionRow> versions,
                         DeclarationContent latest, List<RedFlagCatalogue.Raised> flags) {
    }

    Written write(long seed, ScaleSize size, RegistryGenerator.Registry registry,
                  List<RegistryBulkWriter.ObligationRow> obligations) throws SQLException {
        Map<Long, RegistryGenerator.PersonRow> persons = new HashMap<>();
        registry.persons().forEach(p -> persons.put(p.id(), p));
        Map<Long, String> employerOfMandate = employers(registry);
        Map<Long, List<RegistryBulkWriter.ObligationRow>> due = new TreeMap<>();
        for (RegistryBulkWriter.ObligationRow o : obligations) {
            if (o.derived().deadline().isBefore(today)) {
                due.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
            }
        }
        long firstFilings = due.values().stream().mapToLong(List::size).sum() * 96 / 100;
        // the amendments that make up the size's number of versions, spread evenly over the filings
        double amendmentsPerFiling = firstFilings == 0 ? 0 : Math.max(0, size.versions() - firstFilings) / (double) firstFilings;
        long nextDeclaration = RegistryBulkWriter.next(connection, "declaration");
        int filerEvery = Math.max(1, due.size() / Math.max(1, size.drafts() / 4));
        // contents are made (canonical form, hashes, rules) by other threads while this one writes the last ones:
        // on two cores the database and the generator then work at the same time
        List<Long> order = new ArrayList<>(due.keySet());
        Deque<Future<List<PersonFilings>>> pending = new ArrayDeque<>();
        int nextBatch = 0;
        int personIndex = 0;
        try {
            while (nextBatch < order.size() || !pending.isEmpty()) {
                while (pending.size() < 6 && nextBatch < order.size()) {
                    List<Long> batch = order.subList(nextBatch, Math.min(order.size(), nextBatch + BATCH_OF_PERSONS));
                    nextBatch += batch.size();
                    pending.add(makers.submit(() -> batch.stream().map(id -> filings(seed, persons.get(id),
                            due.get(id), employerOfMandate, amendmentsPerFiling)).toList()));
                }
                for (PersonFilings filings : take(pending.poll())) {
                    if (versionCount + versions.size() >= size.versions()) {
                        return new Written(declarationCount, versionCount, draftCount, filerCount, reviewRowCount);
                    }
                    boolean filer = personIndex++ % filerEvery == 0 && draftCount + drafts.size() < size.drafts();
                    for (Filed filed : filings.filed()) {
                        if (versionCount + versions.size() >= size.versions()) {
                            break;
                        }
                        long id = nextDeclaration++;
                        ObligationRules.Derived d = filed.obligation().derived();
                        declarations.add(new DeclarationRow(id, d.type(), filings.person().id(), filed.obligation().id(),
                                d.periodYear(), filed.versions().size(), filed.versions().get(0).submittedAt()));
                        filed.versions().forEach(v -> versions.add(v.numbered(id,
                                Submissions.receiptNumber(d.type(), d.periodYear(), id, v.versionNo()))));
                        VersionRow latest = filed.versions().get(filed.versions().size() - 1);
                        reviews.add(new ReviewRow(id, filings.person().id(), latest.versionNo(),
                                latest.submittedAt(), filed.flags(),
                                RedFlagCatalogue.score(filed.flags(), flagWeights)));
                        if (filer && d.type() == DeclarationType.ASSET) {
                            drafts.add(new DraftRow(id, CanonicalJson.write(AssetContentGenerator.grownTo(
                                    filed.latest(), DRAFT_ITEMS, id)), filed.versions().size()));
                        }
                    }
                    if (filer && !drafts.isEmpty()) {
                        flush();
                        writeFiler(filings.person());
                    }
                    if (versions.size() >= CHUNK) {
                        flush();
                    }
                }
            }
        } finally {
            pending.forEach(batch -> batch.cancel(true));
            flush();
        }
        return new Written(declarationCount, versionCount, draftCount, filerCount, reviewRowCount);
    }

    private static List<PersonFilings> take(Future<List<PersonFilings>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Scale data interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * A person's filings: each due obligation filed (most on time, one in eight late, one in 25 never), some
     * amended later, each year's content grown from the year before. From a random stream of the person's own.
     */
    private PersonFilings filings(long seed, RegistryGenerator.PersonRow person,
                                  List<RegistryBulkWriter.ObligationRow> owedUnsorted,
                                  Map<Long, String> employerOfMandate, double amendmentsPerFiling) {
        Random random = new Random(seed * 1_000_003L + person.id());
        List<RegistryBulkWriter.ObligationRow> owed = new ArrayList<>(owedUnsorted);
        owed.sort(Comparator.comparing((RegistryBulkWriter.ObligationRow o) -> o.derived().periodYear())
                .thenComparing(o -> o.derived().kind()));
        Map<DeclarationType, DeclarationContent> previous = new EnumMap<>(DeclarationType.class);
        Map<DeclarationType, VersionRow> previousYear = new EnumMap<>(DeclarationType.class);
        Map<DeclarationType, Integer> previousPeriod = new EnumMap<>(DeclarationType.class);
        List<Filed> filed = new ArrayList<>();
        for (RegistryBulkWriter.ObligationRow o : owed) {
            if (random.nextInt(100) >= 96) {
                continue; // never filed: the register shows it as missing
            }
            ObligationRules.Derived d = o.derived();
            int amendments = (int) amendmentsPerFiling + (random.nextDouble() < amendmentsPerFiling % 1 ? 1 : 0);
            Instant at = firstFilingTime(d.deadline(), random);
            Instant firstAt = at;
            DeclarationContent content = null;
            List<VersionRow> made = new ArrayList<>();
            for (int v = 0; v <= amendments && !at.isAfter(now); v++) {
                LocalDate day = at.atZone(Obligation.ATHENS).toLocalDate();
                content = v == 0 ? firstContent(d, person, employerOfMandate.get(o.mandateId()), day,
                        previous.get(d.type())) : amended(d, content, day);
                made.add(version(d, person, content, v + 1, at, v == 0 ? null : firstAt,
                        v == 0 ? null : amendmentReason(d.type(), random), random));
                at = at.plus(15 + random.nextInt(150), ChronoUnit.DAYS);
            }
            if (!made.isEmpty()) {
                List<RedFlagCatalogue.Raised> flags = RedFlagCatalogue.raise(flagSubject(o, person, made,
                        previousPeriod.get(d.type()), previousYear.get(d.type())));
                previous.put(d.type(), content);
                previousYear.put(d.type(), made.get(made.size() - 1));
                previousPeriod.put(d.type(), d.periodYear());
                filed.add(new Filed(o, made, content, flags));
            }
        }
        return new PersonFilings(person, filed);
    }

    private DeclarationContent firstContent(ObligationRules.Derived d, RegistryGenerator.PersonRow person,
                                            String employer, LocalDate filed, DeclarationContent previous) {
        return d.type() == DeclarationType.INTEREST
                ? InterestContentGenerator.generate(person.id(), d.periodYear(), filed, previous, organisationIds)
                : AssetContentGenerator.generate(person.id(), d.periodYear(), person.familyName(), employer, previous);
    }

    private static DeclarationContent amended(ObligationRules.Derived d, DeclarationContent latest, LocalDate filed) {
        return d.type() == DeclarationType.INTEREST
                ? InterestContentGenerator.withForgottenGift(latest, d.periodYear(), filed)
                : AssetContentGenerator.withForgottenDeposit(latest, d.periodYear());
    }

    /** A version as a submission makes it: the rules pass (errors would stop the load), warnings are confirmed. */
    private VersionRow version(ObligationRules.Derived d, RegistryGenerator.PersonRow person,
                               DeclarationContent content, int versionNo, Instant at, Instant firstAt,
                               String amendmentReason, Random random) {
        DeclarationKind kind = kinds.apply(d.type());
        RuleContext context = new RuleContext(d.periodYear(), person.birthDate(), d.deadline(),
                at.atZone(Obligation.ATHENS).toLocalDate(),
                firstAt == null ? null : firstAt.atZone(Obligation.ATHENS).toLocalDate(), kind.thresholds());
        PreparedVersion prepared = PreparedVersion.prepareGenerated(kind, content, context);
        return new VersionRow(0, versionNo, null, new UUID(random.nextLong(), random.nextLong()).toString(),
                prepared, StoredTime.of(at), amendmentReason);
    }

    /**
     * What the red-flag rules see of a filing's latest version, as the review of a submission shows it them: the
     * version before it, the person's previous period of the type, lateness by the obligation's deadline.
     */
    private FlagSubject flagSubject(RegistryBulkWriter.ObligationRow obligation, RegistryGenerator.PersonRow person,
                                    List<VersionRow> made, Integer previousPeriod, VersionRow previousPeriodLatest) {
        ObligationRules.Derived d = obligation.derived();
        VersionRow latest = made.get(made.size() - 1);
        Map<String, BigDecimal> previousVersion = made.size() < 2 ? null : made.get(made.size() - 2).prepared().figures();
        boolean late = made.get(0).submittedAt().isAfter(Obligation.endOfDay(d.deadline()));
        // the person's latest filing of an earlier period (ReviewRecords reads the same from the database)
        boolean asset = d.type() == DeclarationType.ASSET && previousPeriod != null && previousPeriod < d.periodYear();
        return new FlagSubject(0, d.type(), person.id(), latest.versionNo(), latest.prepared().content(),
                latest.prepared().figures(), previousVersion, asset ? previousPeriod : null,
                asset ? previousPeriodLatest.prepared().figures() : null, false, late,
                latest.submittedAt().atZone(Obligation.ATHENS).toLocalDate(), flagSettings, FlagSubject.NOTHING_ELSE);
    }

    /** Weeks before the deadline as a rule, one in eight after it (late). */
    private static Instant firstFilingTime(LocalDate deadline, Random random) {
        boolean late = random.nextInt(8) == 0;
        LocalDate day = late ? deadline.plusDays(3 + random.nextInt(40)) : deadline.minusDays(1 + random.nextInt(60));
        return ZonedDateTime.of(day, LocalTime.of(9 + random.nextInt(11), random.nextInt(60), random.nextInt(60),
                random.nextInt(1_000_000) * 1_000), Obligation.ATHENS).toInstant();
    }

    private static String amendmentReason(DeclarationType type, Random random) {
        List<String> reasons = type == DeclarationType.INTEREST
                ? List.of("Παραλείφθηκε δώρο που καταγράφηκε μετά την υποβολή.",
                "Προσθήκη δώρου που είχε παραλειφθεί εκ παραδρομής.")
                : List.of("Παραλείφθηκε καταθετικός λογαριασμός που βρέθηκε μετά την υποβολή.",
                "Προσθήκη λογαριασμού ταμιευτηρίου που είχε παραλειφθεί εκ παραδρομής.");
        return reasons.get(random.nextInt(reasons.size()));
    }

    /** The institution each mandate's post belongs to, by name: the employer on the salary line. */
    private static Map<Long, String> employers(RegistryGenerator.Registry registry) {
        Map<Long, String> institutionNames = new TreeMap<>();
        registry.institutions().forEach(i -> institutionNames.put(i.id(), i.nameEl()));
        Map<Long, Long> institutionOfPosition = new TreeMap<>();
        registry.positions().forEach(p -> institutionOfPosition.put(p.id(), p.institutionId()));
        Map<Long, String> employers = new TreeMap<>();
        registry.mandates().forEach(m -> employers.put(m.id(),
                institutionNames.get(institutionOfPosition.get(m.positionId()))));
        return employers;
    }

    /**
     * Writes the chunk in one transaction: declarations, versions chained from the locked head, the filings' reviews
     * and red flags, the versions' audit entries chained from theirs, then drafts.
     */
    private void flush() throws SQLException {
        if (declarations.isEmpty() && versions.isEmpty() && drafts.isEmpty()) {
            return;
        }
        batch("INSERT INTO declaration (id, declaration_type, person_id, obligation_id, period_year,"
                + " latest_version_no, first_submitted_at, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", declarations, (insert, row) -> {
                    insert.setLong(1, row.id());
                    insert.setString(2, row.type().name());
                    insert.setLong(3, row.personId());
                    insert.setLong(4, row.obligationId());
                    insert.setInt(5, row.periodYear());
                    insert.setInt(6, row.latestVersionNo());
                    insert.setTimestamp(7, Timestamp.from(row.firstSubmittedAt()), UTC);
                    insert.setTimestamp(8, written);
                    insert.setTimestamp(9, written);
                });
        String[] previous = {lockHead(Submissions.CHAIN)};
        batch("INSERT INTO declaration_version (declaration_id, version_no, receipt_number, submission_key,"
                + " draft_revision, content, content_hash, previous_chain_hash, chain_hash, submitted_at, submitted_by,"
                + " amendment_reason, confirmations, figures) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                versions, (insert, row) -> {
                    String chain = Submissions.chainHash(previous[0], row.prepared().contentHash(), row.receipt(),
                            row.submittedAt());
                    insert.setLong(1, row.declarationId());
                    insert.setInt(2, row.versionNo());
                    insert.setString(3, row.receipt());
                    insert.setString(4, row.submissionKey());
                    insert.setString(5, row.prepared().canonical());
                    insert.setString(6, row.prepared().contentHash());
                    insert.setString(7, previous[0]);
                    insert.setString(8, chain);
                    insert.setTimestamp(9, Timestamp.from(row.submittedAt()), UTC);
                    insert.setString(10, SUBMITTED_BY);
                    insert.setString(11, row.amendmentReason());
                    insert.setString(12, row.prepared().confirmationsJson());
                    insert.setString(13, row.prepared().figuresJson());
                    previous[0] = chain;
                });
        if (!versions.isEmpty()) {
            advanceHead(Submissions.CHAIN, previous[0], "declaration_version");
        }
        batch("INSERT INTO review (declaration_id, state, risk_score, state_changed_at, version)"
                + " VALUES (?, 'AWAITING_REVIEW', ?, ?, 0)", reviews, (insert, row) -> {
                    insert.setLong(1, row.declarationId());
                    insert.setInt(2, row.score());
                    insert.setTimestamp(3, Timestamp.from(row.since()), UTC);
                });
        List<ReviewFlag> flags = reviews.stream().flatMap(r -> r.flags().stream().map(f -> new ReviewFlag(r, f))).toList();
        batch("INSERT INTO red_flag (code, declaration_id, version_no, person_id, arguments, section, item_id,"
                + " raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", flags, (insert, flag) -> {
                    insert.setString(1, flag.raised().code());
                    insert.setLong(2, flag.review().declarationId());
                    insert.setInt(3, flag.review().versionNo());
                    insert.setLong(4, flag.review().personId());
                    insert.setString(5, RedFlagCatalogue.joinedArguments(flag.raised().flag()));
                    insert.setString(6, flag.raised().flag().section());
                    insert.setString(7, flag.raised().flag().itemId());
                    insert.setTimestamp(8, Timestamp.from(flag.review().since()), UTC);
                });
        String[] audited = {lockHead(AuditTrail.CHAIN)};
        batch("INSERT INTO audit_entry (occurred_at, actor, client_address, action, object_type, object_id, details,"
                + " previous_hash, entry_hash) VALUES (?, ?, NULL, ?, 'Declaration', ?, ?, ?, ?)", versions,
                (insert, row) -> {
                    String action = Submissions.auditAction(row.versionNo()).name();
                    String declaration = Long.toString(row.declarationId());
                    String details = Submissions.auditDetails(row.receipt(), row.prepared().contentHash());
                    String hash = AuditEntry.hashOf(row.submittedAt(), SUBMITTED_BY, null, action, "Declaration",
                            declaration, details, audited[0]);
                    insert.setTimestamp(1, Timestamp.from(row.submittedAt()), UTC);
                    insert.setString(2, SUBMITTED_BY);
                    insert.setString(3, action);
                    insert.setString(4, declaration);
                    insert.setString(5, details);
                    insert.setString(6, audited[0]);
                    insert.setString(7, hash);
                    audited[0] = hash;
                });
        if (!versions.isEmpty()) {
            advanceHead(AuditTrail.CHAIN, audited[0], "audit_entry");
        }
        batch("INSERT INTO declaration_draft (declaration_id, content, revision, base_version_no, amendment_reason,"
                + " created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)", drafts, (insert, row) -> {
                    insert.setLong(1, row.declarationId());
                    insert.setString(2, row.content());
                    insert.setInt(3, row.baseVersionNo());
                    insert.setString(4, "Προσθήκη λογαριασμών και επενδύσεων που είχαν παραλειφθεί (δοκιμή φόρτου).");
                    insert.setTimestamp(5, written);
                    insert.setTimestamp(6, written);
                });
        connection.commit();
        declarationCount += declarations.size();
        versionCount += versions.size();
        draftCount += drafts.size();
        declarations.clear();
        versions.clear();
        drafts.clear();
        reviewRowCount += reviews.size() + flags.size();
        reviews.clear();
    }

    private record ReviewFlag(ReviewRow review, RedFlagCatalogue.Raised raised) {
    }

    /** Locks a chain's head until the chunk commits; answers the hash the chunk's first link follows. */
    private String lockHead(String chain) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_hash FROM chain_head WHERE chain = ? FOR UPDATE")) {
            lock.setString(1, chain);
            try (ResultSet head = lock.executeQuery()) {
                if (!head.next()) {
                    throw new IllegalStateException("The " + chain + " chain has no head");
                }
                return head.getString(1);
            }
        }
    }

    private void advanceHead(String chain, String lastHash, String table) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement("UPDATE chain_head SET last_hash = ?,"
                + " last_id = (SELECT MAX(id) FROM " + table + ") WHERE chain = ?")) {
            advance.setString(1, lastHash);
            advance.setString(2, chain);
            advance.executeUpdate();
        }
    }

    private static Map<String, Integer> weights(Connection connection) throws SQLException {
        Map<String, Integer> weights = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT code, weight FROM red_flag_rule");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                weights.put(rows.getString(1), rows.getInt(2));
            }
        }
        return weights;
    }

    private <T> void batch(String sql, List<T> rows, RegistryBulkWriter.RowBinder<T> binder) throws SQLException {
        RegistryBulkWriter.batch(connection, sql, rows, binder);
    }

    /** The filer's account: an official of the register, signed in with the benchmark's password. */
    private void writeFiler(RegistryGenerator.PersonRow person) throws SQLException {
        String username = String.format("%s%05d", ScaleData.FILER_PREFIX, ++filerCount);
        long accountId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (username, display_name,"
                + " email, password_hash, status, person_id, language, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'ACTIVE', ?, 'el', ?, ?, 0)", new String[]{"id"})) {
            insert.setString(1, username);
            insert.setString(2, person.fullName());
            insert.setString(3, username + "@bench.integrity-register.gr");
            insert.setString(4, filerPasswordHash);
            insert.setLong(5, person.id());
            insert.setTimestamp(6, written);
            insert.setTimestamp(7, written);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                accountId = keys.getLong(1);
            }
        }
        try (PreparedStatement role = connection.prepareStatement(
                "INSERT INTO account_role (account_id, role) VALUES (?, 'OFFICIAL')")) {
            role.setLong(1, accountId);
            role.executeUpdate();
        }
        connection.commit();
    }
}
