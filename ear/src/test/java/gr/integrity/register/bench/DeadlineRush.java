package gr.integrity.register.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * P6, the deadline rush: submissions at a steady rate and anonymous public traffic at a steady rate (an open load:
 * requests go out on schedule whether or not earlier ones were answered), then both multiplied for a spike, then
 * back to the steady rates. Counts second by second what was stored, served, turned away (503/429 with
 * Retry-After) and failed, so that the report shows whether filing kept its capacity and how soon the register
 * recovered. During the spike a further flood, as many requests a second as the steady public side, goes to the
 * signed-in areas and the sign-in page with a forged session cookie and a forged lane pass: it must stay in the
 * small sign-in lane, and the submissions' latency in the spike shows whether it slowed a real filer.
 */
final class DeadlineRush {

    /** Where the forged-cookie flood goes: the signed-in areas and the way into them. */
    private static final List<String> FORGED_PATHS = List.of("/official/index.xhtml", "/login.xhtml",
            "/admin/index.xhtml", "/auditor/queue.xhtml");
    private static final String FORGED_COOKIE = "Cookie: JSESSIONID=" + "F".repeat(32) + "; register_lane="
            + "P".repeat(43);

    /** Ten connections per 100 requests a second, each pausing 100 ms between requests. */
    private static final int CONNECTIONS_PER_100 = 10;

    private final FilingLoad filings;
    private final String base;
    private final List<String> publicPaths;
    private final Path benchDirectory;

    DeadlineRush(FilingLoad filings, String base, List<String> publicPaths, Path benchDirectory) {
        this.filings = filings;
        this.base = base;
        this.publicPaths = publicPaths;
        this.benchDirectory = benchDirectory;
    }

    Map<String, Object> run(int submissionsPerSecond, int publicPerSecond, int steadySeconds, int spikeSeconds,
                            int factor, int recoverySeconds) throws InterruptedException, IOException {
        int total = steadySeconds + spikeSeconds + recoverySeconds;
        AtomicLongArray stored = new AtomicLongArray(total + 1);
        AtomicLongArray submissionErrors = new AtomicLongArray(total + 1);
        List<Histogram> perSecond = new ArrayList<>();
        for (int i = 0; i <= total; i++) {
            perSecond.add(new Histogram(3));
        }
        Recorder steady = new Recorder(3);
        Recorder spike = new Recorder(3);
        List<FilingLoad.Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService filers = Executors.newFixedThreadPool(128);

        // the public side in wrk, which keeps its rate on a saturated machine (an in-process client could not)
        Path paths = Files.createTempFile("public-", ".txt");
        Files.write(paths, publicPaths);
        Path forgedPaths = Files.createTempFile("forged-", ".txt");
        Files.write(forgedPaths, FORGED_PATHS);
        Process steadyPublic = wrk(publicPerSecond, total, paths, null);
        Process spikePublic = null;
        Process forgedFlood = null;
        long start = System.nanoTime();
        double submissionsDue = 0;
        long tick = TimeUnit.MILLISECONDS.toNanos(10);
        for (long next = start; ; next += tick) {
            long now = System.nanoTime();
            int second = (int) ((now - start) / 1_000_000_000L);
            if (second >= total) {
                break;
            }
            boolean inSpike = second >= steadySeconds && second < steadySeconds + spikeSeconds;
            if (inSpike && spikePublic == null) {
                spikePublic = wrk(publicPerSecond * (factor - 1), spikeSeconds, paths, null);
                forgedFlood = wrk(publicPerSecond, spikeSeconds, forgedPaths, FORGED_COOKIE);
            }
            int multiplier = inSpike ? factor : 1;
            submissionsDue += submissionsPerSecond * multiplier / 100.0;
            for (; submissionsDue >= 1; submissionsDue--) {
                final int at = second;
                filers.submit(() -> {
                    Recorder phase = at >= steadySeconds && at < steadySeconds + spikeSeconds ? spike : steady;
                    FilingLoad.Attempt attempt = filings.submitNext(phase);
                    if (attempt == null) {
                        return;
                    }
                    attempts.add(attempt);
                    int done = (int) Math.min(total, (System.nanoTime() - start) / 1_000_000_000L);
                    if (attempt.outcome() == FilingLoad.Outcome.STORED) {
                        stored.incrementAndGet(done);
                    } else {
                        submissionErrors.incrementAndGet(done);
                    }
                    synchronized (perSecond.get(at)) {
                        perSecond.get(at).recordValue(Math.max(1, attempt.micros()));
                    }
                });
            }
            long sleep = next + tick - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
        }
        filers.shutdown();
        filers.awaitTermination(120, TimeUnit.SECONDS);
        String steadyReport = report(steadyPublic);
        String spikeReport = spikePublic == null ? "null" : report(spikePublic);
        String forgedReport = forgedFlood == null ? "null" : report(forgedFlood);
        Files.deleteIfExists(paths);
        Files.deleteIfExists(forgedPaths);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("plan", Map.of("submissions_per_second", submissionsPerSecond, "public_per_second", publicPerSecond,
                "steady_seconds", steadySeconds, "spike_seconds", spikeSeconds, "spike_factor", factor,
                "recovery_seconds", recoverySeconds));
        Map<String, Object> submissions = Results.outcomes(attempts, total);
        submissions.put("latency_ms_steady", Results.percentiles(steady.getIntervalHistogram()));
        submissions.put("latency_ms_spike", Results.percentiles(spike.getIntervalHistogram()));
        result.put("submissions", submissions);
        Map<String, Object> anonymous = new LinkedHashMap<>();
        anonymous.put("tool", "wrk, paced (bench/paced.lua): " + CONNECTIONS_PER_100 + " connections per 100 req/s");
        anonymous.put("whole_run", new Results.Raw(steadyReport));
        anonymous.put("spike_extra", new Results.Raw(spikeReport));
        anonymous.put("spike_forged_session_cookies", new Results.Raw(forgedReport));
        result.put("public", anonymous);
        List<Object> timeline = new ArrayList<>();
        int recoveredAt = -1;
        for (int s = 0; s < total; s++) {
            double p99 = perSecond.get(s).getTotalCount() == 0 ? 0 : perSecond.get(s).getValueAtPercentile(99) / 1000.0;
            timeline.add(List.of(s, stored.get(s), submissionErrors.get(s), Results.round(p99)));
            // calm: filing fast and failing nothing (public requests turned away are the plan working, not a fault)
            boolean calm = submissionErrors.get(s) == 0 && p99 <= 1000;
            if (s >= steadySeconds + spikeSeconds) {
                recoveredAt = calm ? (recoveredAt < 0 ? s : recoveredAt) : -1;
            }
        }
        result.put("recovered_seconds_after_spike", recoveredAt < 0 ? null : recoveredAt - steadySeconds - spikeSeconds);
        result.put("timeline_columns", List.of("second", "stored", "submission_errors", "submission_p99_ms"));
        result.put("timeline", timeline);
        return result;
    }

    /**
     * wrk sending {@code perSecond} requests a second over the paths for {@code seconds}, paced by delays, with a
     * header on every request (null: none).
     */
    private Process wrk(int perSecond, int seconds, Path paths, String header) throws IOException {
        int connections = Math.max(1, perSecond * CONNECTIONS_PER_100 / 100);
        long delayMillis = Math.max(1, connections * 1000L / Math.max(1, perSecond));
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", benchDirectory.resolve("paced.lua").toString()));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        command.addAll(List.of(base + "/", "--", paths.toString(), Long.toString(delayMillis)));
        ProcessBuilder wrk = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        wrk.environment().put("BENCH_DIR", benchDirectory.toAbsolutePath().toString());
        return wrk.start();
    }

    /** wrk's last line: report.lua's JSON. */
    private static String report(Process wrk) throws IOException, InterruptedException {
        String out = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        wrk.waitFor();
        List<String> lines = out.lines().filter(l -> l.startsWith("{")).toList();
        return lines.isEmpty() ? "null" : lines.get(lines.size() - 1);
    }
}
