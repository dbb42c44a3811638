package gr.integrity.register.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * P6, the deadline rush: submissions at a steady rate and anonymous public traffic at a steady rate (an open load:
 * requests go out on schedule whether or not earlier ones were answered), then both multiplied for a spike, then
 * back to the steady rates. Counts second by second what was stored, served, turned away (503/429 with
 * Retry-After) and failed, so that the report shows whether filing kept its capacity and how soon the register
 * recovered.
 */
final class DeadlineRush {

    private static final int MAX_PUBLIC_IN_FLIGHT = 4_000;

    private final FilingLoad filings;
    private final HttpClient http;
    private final String base;
    private final List<String> publicPaths;

    DeadlineRush(FilingLoad filings, HttpClient http, String base, List<String> publicPaths) {
        this.filings = filings;
        this.http = http;
        this.base = base;
        this.publicPaths = publicPaths;
    }

    Map<String, Object> run(int submissionsPerSecond, int publicPerSecond, int steadySeconds, int spikeSeconds,
                            int factor, int recoverySeconds) throws InterruptedException {
        int total = steadySeconds + spikeSeconds + recoverySeconds;
        AtomicLongArray stored = new AtomicLongArray(total + 1);
        AtomicLongArray submissionErrors = new AtomicLongArray(total + 1);
        AtomicLongArray served = new AtomicLongArray(total + 1);
        AtomicLongArray shed = new AtomicLongArray(total + 1);
        AtomicLongArray publicErrors = new AtomicLongArray(total + 1);
        List<Histogram> perSecond = new ArrayList<>();
        for (int i = 0; i <= total; i++) {
            perSecond.add(new Histogram(3));
        }
        Recorder steady = new Recorder(3);
        Recorder spike = new Recorder(3);
        Recorder servedLatency = new Recorder(3);
        Recorder shedLatency = new Recorder(3);
        List<FilingLoad.Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] shedWithoutRetryAfter = new long[1];
        long[] clientBacklog = new long[1];
        Semaphore inFlight = new Semaphore(MAX_PUBLIC_IN_FLIGHT);
        ExecutorService filers = Executors.newFixedThreadPool(128);

        long start = System.nanoTime();
        double submissionsDue = 0;
        double publicDue = 0;
        long tick = TimeUnit.MILLISECONDS.toNanos(10);
        for (long next = start; ; next += tick) {
            long now = System.nanoTime();
            int second = (int) ((now - start) / 1_000_000_000L);
            if (second >= total) {
                break;
            }
            boolean inSpike = second >= steadySeconds && second < steadySeconds + spikeSeconds;
            int multiplier = inSpike ? factor : 1;
            submissionsDue += submissionsPerSecond * multiplier / 100.0;
            publicDue += publicPerSecond * multiplier / 100.0;
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
            for (; publicDue >= 1; publicDue--) {
                if (!inFlight.tryAcquire()) {
                    clientBacklog[0]++;
                    continue;
                }
                String path = publicPaths.get(ThreadLocalRandom.current().nextInt(publicPaths.size()));
                long sent = System.nanoTime();
                http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(BenchSession.TIMEOUT).GET()
                        .build(), HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
                    inFlight.release();
                    long micros = Math.max(1, (System.nanoTime() - sent) / 1_000);
                    int done = (int) Math.min(total, (System.nanoTime() - start) / 1_000_000_000L);
                    if (failure != null || answer.statusCode() >= 500 && answer.statusCode() != 503) {
                        publicErrors.incrementAndGet(done);
                    } else if (answer.statusCode() == 503 || answer.statusCode() == 429) {
                        shed.incrementAndGet(done);
                        shedLatency.recordValue(micros);
                        if (answer.headers().firstValue("Retry-After").isEmpty()) {
                            synchronized (shedWithoutRetryAfter) {
                                shedWithoutRetryAfter[0]++;
                            }
                        }
                    } else {
                        served.incrementAndGet(done);
                        servedLatency.recordValue(micros);
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
        inFlight.tryAcquire(MAX_PUBLIC_IN_FLIGHT, 60, TimeUnit.SECONDS);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("plan", Map.of("submissions_per_second", submissionsPerSecond, "public_per_second", publicPerSecond,
                "steady_seconds", steadySeconds, "spike_seconds", spikeSeconds, "spike_factor", factor,
                "recovery_seconds", recoverySeconds));
        Map<String, Object> submissions = Results.outcomes(attempts, total);
        submissions.put("latency_ms_steady", Results.percentiles(steady.getIntervalHistogram()));
        submissions.put("latency_ms_spike", Results.percentiles(spike.getIntervalHistogram()));
        result.put("submissions", submissions);
        Map<String, Object> anonymous = new LinkedHashMap<>();
        anonymous.put("served", sum(served));
        anonymous.put("shed", sum(shed));
        anonymous.put("shed_without_retry_after", shedWithoutRetryAfter[0]);
        anonymous.put("errors", sum(publicErrors));
        anonymous.put("not_sent_client_backlog", clientBacklog[0]);
        anonymous.put("served_latency_ms", Results.percentiles(servedLatency.getIntervalHistogram()));
        anonymous.put("shed_latency_ms", Results.percentiles(shedLatency.getIntervalHistogram()));
        result.put("public", anonymous);
        List<Object> timeline = new ArrayList<>();
        int recoveredAt = -1;
        for (int s = 0; s < total; s++) {
            double p99 = perSecond.get(s).getTotalCount() == 0 ? 0 : perSecond.get(s).getValueAtPercentile(99) / 1000.0;
            timeline.add(List.of(s, stored.get(s), submissionErrors.get(s), Results.round(p99), served.get(s),
                    shed.get(s), publicErrors.get(s)));
            boolean calm = shed.get(s) == 0 && publicErrors.get(s) == 0 && submissionErrors.get(s) == 0 && p99 <= 1000;
            if (s >= steadySeconds + spikeSeconds) {
                recoveredAt = calm ? (recoveredAt < 0 ? s : recoveredAt) : -1;
            }
        }
        result.put("recovered_seconds_after_spike", recoveredAt < 0 ? null : recoveredAt - steadySeconds - spikeSeconds);
        result.put("timeline_columns", List.of("second", "stored", "submission_errors", "submission_p99_ms",
                "public_served", "public_shed", "public_errors"));
        result.put("timeline", timeline);
        return result;
    }

    private static long sum(AtomicLongArray values) {
        long total = 0;
        for (int i = 0; i < values.length(); i++) {
            total += values.get(i);
        }
        return total;
    }
}
