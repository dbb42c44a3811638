package gr.integrity.register.bench;

import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.scale.ScaleData;
import org.HdrHistogram.Recorder;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submissions as filers make them: the benchmark's filer accounts, signed in through the sign-in page, each open
 * the review page of one of their amendment drafts (about fifty items), confirm its warnings and submit. Every
 * attempt is remembered, so that afterwards the database can be asked whether each answered submission was stored
 * exactly once.
 */
final class FilingLoad {

    static final String FILER_PREFIX = ScaleData.FILER_PREFIX;
    static final String FILER_PASSWORD = ScaleData.FILER_PASSWORD;

    /** A draft waiting for its filer. */
    record Draft(BenchSession filer, String username, long declarationId, int baseVersion) {
    }

    enum Outcome { STORED, REFUSED, FAILED }

    /** One submission: what the register answered, and how long the submit took (the review page not counted). */
    record Attempt(Draft draft, Outcome outcome, long micros, int status) {
    }

    private final ConcurrentLinkedQueue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final Map<Long, Attempt> attempts = new ConcurrentHashMap<>();
    private final AtomicLong exhausted = new AtomicLong();

    /** Signs in every filer that has a draft waiting; answers how many drafts there are. */
    int prepare(Connection db, String base, int parallel) throws Exception {
        Map<String, List<long[]>> byFiler = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT a.username, d.id, dd.base_version_no FROM account a"
                + " JOIN declaration d ON d.person_id = a.person_id JOIN declaration_draft dd ON dd.declaration_id = d.id"
                + " WHERE a.username LIKE ? ORDER BY a.username, d.id")) {
            query.setString(1, FILER_PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byFiler.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new long[]{rows.getLong(2), rows.getInt(3)});
                }
            }
        }
        HttpClient http = BenchSession.sharedClient();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        Map<String, Future<BenchSession>> sessions = new LinkedHashMap<>();
        for (String username : byFiler.keySet()) {
            sessions.put(username, pool.submit(() -> {
                BenchSession session = new BenchSession(http, base);
                if (!session.signIn(username, FILER_PASSWORD)) {
                    throw new IllegalStateException(username + " could not sign in");
                }
                return session;
            }));
        }
        // interleave the filers, so that concurrent submissions come from different people
        List<List<Draft>> perFiler = new ArrayList<>();
        for (var entry : byFiler.entrySet()) {
            BenchSession session = sessions.get(entry.getKey()).get();
            perFiler.add(entry.getValue().stream()
                    .map(d -> new Draft(session, entry.getKey(), d[0], (int) d[1])).toList());
        }
        pool.shutdown();
        for (int round = 0; ; round++) {
            boolean any = false;
            for (List<Draft> filer : perFiler) {
                if (round < filer.size()) {
                    drafts.add(filer.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return drafts.size();
    }

    int waiting() {
        return drafts.size();
    }

    /** Submits the next draft; null when none is left. */
    Attempt submitNext(Recorder latencies) {
        Draft draft = drafts.poll();
        if (draft == null) {
            exhausted.incrementAndGet();
            return null;
        }
        Attempt attempt = submit(draft);
        attempts.put(draft.declarationId(), attempt);
        if (attempt.outcome() != Outcome.FAILED || attempt.micros() > 0) {
            latencies.recordValue(Math.max(1, attempt.micros()));
        }
        return attempt;
    }

    private static Attempt submit(Draft draft) {
        try {
            String page = "/official/declarations/review.xhtml?id=" + draft.declarationId();
            HttpResponse<String> review = draft.filer().get(page);
            if (review.statusCode() != 200) {
                return new Attempt(draft, Outcome.FAILED, 0, review.statusCode());
            }
            Map<String, String> form = WebClient.hiddenFields(review.body(), "review");
            form.putAll(BenchSession.tickedCheckboxes(review.body(), "review"));
            form.put("review:submit", "");
            String action = BenchSession.action(review.body(), "review");
            long started = System.nanoTime();
            HttpResponse<String> answer = draft.filer().post(action == null ? page : action, form);
            long micros = (System.nanoTime() - started) / 1_000;
            boolean stored = answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").contains("receipt.xhtml");
            return new Attempt(draft, stored ? Outcome.STORED : answer.statusCode() < 500 ? Outcome.REFUSED
                    : Outcome.FAILED, micros, answer.statusCode());
        } catch (Exception e) {
            return new Attempt(draft, Outcome.FAILED, 0, 0);
        }
    }

    /** P5: {@code workers} filers submitting one after the other for {@code seconds}. */
    Map<String, Object> closedLoop(int workers, int seconds) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        List<Attempt> done = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Attempt attempt = submitNext(latencies);
                    if (attempt == null) {
                        return;
                    }
                    done.add(attempt);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = Results.outcomes(done, elapsed);
        result.put("workers", workers);
        result.put("latency_ms", Results.percentiles(latencies.getIntervalHistogram()));
        return result;
    }

    /**
     * What the database holds for every attempt: a submission answered with a receipt must have made exactly one
     * new version, a refused one none; one that failed without an answer may have made one (counted apart).
     */
    Map<String, Object> verify(Connection db) throws SQLException {
        long lost = 0;
        long duplicated = 0;
        long storedWithoutAnswer = 0;
        long checked = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM declaration_version"
                + " WHERE declaration_id = ? AND version_no > ?")) {
            for (Attempt attempt : attempts.values()) {
                query.setLong(1, attempt.draft().declarationId());
                query.setInt(2, attempt.draft().baseVersion());
                long made;
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    made = rows.getLong(1);
                }
                checked++;
                if (made > 1) {
                    duplicated++;
                }
                if (attempt.outcome() == Outcome.STORED && made == 0) {
                    lost++;
                }
                if (attempt.outcome() == Outcome.REFUSED && made > 0) {
                    duplicated++;
                }
                if (attempt.outcome() == Outcome.FAILED && made == 1) {
                    storedWithoutAnswer++;
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("attempts_checked", checked);
        result.put("stored_answered", attempts.values().stream().filter(a -> a.outcome() == Outcome.STORED).count());
        result.put("lost", lost);
        result.put("duplicated", duplicated);
        result.put("stored_without_answer", storedWithoutAnswer);
        result.put("no_draft_left", exhausted.get());
        return result;
    }
}
