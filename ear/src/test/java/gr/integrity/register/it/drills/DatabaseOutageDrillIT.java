package gr.integrity.register.it.drills;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.AsOfficialC;
import gr.integrity.register.it.support.AsOfficialD;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.web.support.DatabaseUnavailable;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database dies in the middle of a filing day and comes back. An official has a draft ready for each of their
 * asset declarations; some are submitted before the crash, some are in flight when the database process is killed
 * (SIGKILL: no clean shutdown, InnoDB recovers on restart), some are tried while it is down. The drill then
 * restarts the same server, without touching WildFly, and checks what a filer would: every submission is stored
 * once with the receipt the filer was shown, or the filer was told "not done, nothing lost" and the draft is
 * exactly as saved; clicking submit again (same page, same submission key) then files it once. Public pages and the
 * API answer 503 with Retry-After while the database is away, and the connection pool serves again without a
 * restart.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageDrillIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SAVED_AMOUNT = "12.500,50";

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
    private AsOfficialC officialC;

    @EJB
    private AsOfficialD officialD;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private TestDatabase database;

    /** One declaration ready to submit, and what became of its submission. */
    private static final class Filing {
        final As official;
        final long id;
        final int revision;
        final String key = UUID.randomUUID().toString();
        final Map<String, String> confirmations = new LinkedHashMap<>();
        String receipt;
        Throwable failure;

        Filing(As official, long id, int revision) {
            this.official = official;
            this.id = id;
            this.revision = revision;
        }
    }

    @Test
    void submissionsSurviveADatabaseCrashAndThePoolRecoversWithoutARestart() throws Exception {
        Path pidFile = Path.of(String.valueOf(database.nativeList("SELECT @@pid_file").get(0)));
        assumeTrue(Files.isReadable(pidFile), "the drill restarts a database server on this machine; " + pidFile
                + " is not readable (an external test database)");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        List<String> command = Arrays.asList(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")),
                StandardCharsets.UTF_8).split("\0"));
        Path workingDirectory = Files.readSymbolicLink(Path.of("/proc/" + pid + "/cwd"));

        List<Filing> filings = readyFilings();
        assertTrue(filings.size() >= 12, "the drill needs a dozen drafts, had " + filings.size());
        int before = filings.size() / 4;
        int tryWhileDown = 3;
        List<Filing> submittedBefore = filings.subList(0, before);
        List<Filing> inFlight = filings.subList(before, filings.size() - tryWhileDown);
        List<Filing> whileDown = filings.subList(filings.size() - tryWhileDown, filings.size());

        for (Filing filing : submittedBefore) {
            submit(filing);
            assertNotNull(filing.receipt, () -> "before the crash every submission is stored: " + filing.failure);
        }

        // the in-flight ones all start together; the database is killed while they run
        ExecutorService pool = Executors.newFixedThreadPool(inFlight.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Filing filing : inFlight) {
            running.add(pool.submit(() -> {
                start.await();
                submit(filing);
                return null;
            }));
        }
        start.countDown();
        // killed while they run: once one of them has a transaction open in the database (or, on a very quick
        // machine, once one has already finished)
        Eventually.until("a submission is in the database", Duration.ofSeconds(60), () ->
                running.stream().anyMatch(Future::isDone)
                        || ((Number) database.nativeList("SELECT COUNT(*) FROM information_schema.INNODB_TRX").get(0))
                        .longValue() > 0);
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(60, TimeUnit.SECONDS);
        for (Future<?> click : running) {
            click.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long inFlightStored = inFlight.stream().filter(f -> f.receipt != null).count();

        // while it is down: submissions are refused as "not done", public pages and the API answer 503
        for (Filing filing : whileDown) {
            submit(filing);
        }
        HttpResponse<String> page = get("/search.xhtml?q=" + java.net.URLEncoder.encode("Παπαδόπουλος", StandardCharsets.UTF_8));
        HttpResponse<String> api = get("/api/v1/officials?limit=1");

        Files.createDirectories(DrillFigures.folder());
        long restartedAt = System.nanoTime();
        Process restarted = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DrillFigures.folder().resolve("restarted-mariadb.log")
                        .toFile())).start();
        awaitDatabase();
        double recoverySeconds = (System.nanoTime() - restartedAt) / 1e9;
        assertTrue(restarted.isAlive());

        assertEquals(503, page.statusCode(), "a public page while the database is down");
        assertEquals(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS), page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.body().contains("Προσωρινά μη διαθέσιμο"), "the page says why, in Greek");
        for (String internal : List.of("SQLException", "JDBC", "IJ0", "Communications link", "at gr.integrity")) {
            assertFalse(page.body().contains(internal) || api.body().contains(internal), () -> "no internals shown: " + internal + " in " + api.body());
        }
        assertEquals(503, api.statusCode(), "the API while the database is down");
        assertTrue(api.body().contains("\"error\":\"unavailable\""), api.body());

        int toldNotDone = 0;
        int committedThoughTold = 0;
        for (Filing filing : filings) {
            if (filing.receipt != null) {
                continue;
            }
            toldNotDone++;
            assertTrue(DatabaseUnavailable.explains(filing.failure),
                    "the filer is told the database was unreachable (not done, nothing lost): " + filing.failure);
            if (versions(filing.id) == 0) {
                DeclarationContent draft = filing.official.call(() -> declarations.draft(filing.id)).content();
                assertEquals(SAVED_AMOUNT, draft.items(AssetSchema.DEPOSITS).get(0).get("amount"), "the draft is intact");
            } else {
                committedThoughTold++; // the commit reached the disk but its answer did not come back
            }
        }
        assertTrue(toldNotDone >= tryWhileDown, "the submissions tried while the database was down were refused");
        for (Filing filing : whileDown) {
            assertEquals(0, versions(filing.id), "nothing is stored while the database is down");
        }

        // the filers click "submit" again on the same page: each is filed once, with no restart of the server
        for (Filing filing : filings) {
            if (filing.receipt == null) {
                submit(filing);
                assertNotNull(filing.receipt, "after the database is back the submission goes through: " + filing.failure);
            }
        }
        int lost = 0;
        int duplicated = 0;
        for (Filing filing : filings) {
            long stored = versions(filing.id);
            if (stored == 0) {
                lost++;
            } else if (stored > 1) {
                duplicated++;
            }
            assertEquals(filing.receipt, filing.official.call(() -> declarations.version(filing.id, 1)).receiptNumber(),
                    "the stored receipt is the one the filer was shown");
        }
        assertEquals(0, lost, "submissions lost");
        assertEquals(0, duplicated, "submissions stored twice");
        assertEquals(200, get("/api/v1/officials?limit=1").statusCode(), "the pool serves again without a restart");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("submissions", filings.size());
        figures.put("storedBeforeCrash", submittedBefore.size());
        figures.put("inFlightAtCrash", inFlight.size());
        figures.put("inFlightStoredWithReceipt", inFlightStored);
        figures.put("triedWhileDown", whileDown.size());
        figures.put("toldNotDoneDraftKept", toldNotDone);
        figures.put("committedButAnswerLost", committedThoughTold);
        figures.put("databaseBackAfterSeconds", Math.round(recoverySeconds * 10) / 10.0);
        figures.put("lost", lost);
        figures.put("duplicated", duplicated);
        DrillFigures.write("database-outage", figures);
    }

    /**
     * What a broken connection does to a transaction, without killing the server: a statement fails and the
     * transaction is marked for rollback; the filer's next lookup in it must fail as the database failing (told "not
     * done, nothing lost"), never answer that the filing does not exist. Hibernate's find answers null in a marked
     * transaction whose statement fails (HHH-12472); an outage did that to a submission in flight.
     */
    @Test
    void aLookupInATransactionTheDatabaseFailedIsNeverAnsweredNotFound() throws Exception {
        Filing filing = readyFilings().get(0);
        submit(filing);
        assertNotNull(filing.receipt, () -> String.valueOf(filing.failure));

        Exception thrown = assertThrows(Exception.class, () -> filing.official.call(() -> {
            try {
                database.nativeList("SELECT no_such_column FROM declaration");
            } catch (RuntimeException statementFailed) {
                // the transaction is now marked for rollback, as a broken connection leaves it
            }
            return declarations.version(filing.id, 1);
        }));
        assertTrue(DatabaseUnavailable.explains(thrown), () -> "told as the database failing, not as: " + thrown);
        assertEquals(filing.receipt, filing.official.call(() -> declarations.version(filing.id, 1)).receiptNumber(),
                "the filing is there");
    }

    /** Four new officials in office since 2024, each with a saved, valid draft of every asset declaration they owe. */
    private List<Filing> readyFilings() throws Exception {
        List<Filing> filings = new ArrayList<>();
        Map<String, As> officials = Map.of(AsOfficialA.USERNAME, officialA, AsOfficialB.USERNAME, officialB,
                AsOfficialC.USERNAME, officialC, AsOfficialD.USERNAME, officialD);
        for (Map.Entry<String, As> entry : officials.entrySet()) {
            As official = entry.getValue();
            Person person = admin.call(() -> fixtures.freshOfficial(entry.getKey(), LocalDate.of(2024, 1, 15),
                    ObligedCategory.POLITICAL));
            List<Long> obligations = database.list("select o.id from Obligation o where o.person.id = ?1"
                    + " and o.declarationType = ?2 order by o.id", Long.class, person.getId(), DeclarationType.ASSET);
            for (Long obligation : obligations) {
                long id = official.call(() -> declarations.open(obligation));
                int revision = official.call(() -> declarations.draft(id)).revision();
                DraftView saved = official.call(() -> declarations.saveDraft(id, revision, Filings.validAssetContent(SAVED_AMOUNT)));
                Filing filing = new Filing(official, id, saved.revision());
                filing.confirmations.putAll(Filings.confirmations(saved));
                filings.add(filing);
            }
        }
        return filings;
    }

    private void submit(Filing filing) {
        try {
            VersionView version = filing.official.call(() -> declarations.submit(filing.id, filing.revision, filing.key, filing.confirmations));
            filing.receipt = version.receiptNumber();
            filing.failure = null;
        } catch (Exception e) {
            filing.failure = e;
        }
    }

    /** Until the restarted server answers through the application's own pool (stale connections are dropped). */
    private void awaitDatabase() {
        Eventually.until("the application's pool reaches the database again", Duration.ofSeconds(120),
                () -> !database.nativeList("SELECT 1").isEmpty());
    }

    private long versions(long declarationId) {
        return database.count("select count(v) from DeclarationVersion v where v.declaration.id = ?1", declarationId);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String base = System.getenv().getOrDefault("REGISTER_BASE_URL", "http://localhost:8180");
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
