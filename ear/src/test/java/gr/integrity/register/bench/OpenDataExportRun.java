package gr.integrity.register.bench;

import gr.integrity.register.it.support.WebClient;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P7's export: an ADMIN publishes the open data now (the button on the administration page), which writes the change
 * file since the last snapshot and a full snapshot of the public register, CSV and JSON. Timed from the click to
 * the answer; the records come from the files' own listing; the server's resident memory is sampled meanwhile.
 */
final class OpenDataExportRun {

    private OpenDataExportRun() {
    }

    static Map<String, Object> run(Connection db, String base, String adminPassword) throws Exception {
        long before = lastFile(db);
        BenchSession admin = new BenchSession(BenchSession.sharedClient(), base);
        if (!admin.signIn("admin", adminPassword)) {
            throw new IllegalStateException("the admin account could not sign in");
        }
        String page = admin.get("/admin/index.xhtml").body();
        Map<String, String> form = WebClient.hiddenFields(page, "openData");
        form.put("openData:publish", "");
        Optional<Long> server = serverProcess();
        AtomicLong baseline = new AtomicLong(server.map(OpenDataExportRun::residentKb).orElse(0L));
        AtomicLong peak = new AtomicLong(baseline.get());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                server.ifPresent(pid -> peak.accumulateAndGet(residentKb(pid), Math::max));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = admin.post(BenchSession.action(page, "openData"), form, Duration.ofHours(2));
        } finally {
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("answer", answer.statusCode());
        result.put("seconds", Results.round(seconds));
        long records = 0;
        long bytes = 0;
        try (PreparedStatement files = db.prepareStatement(
                "SELECT kind, records, size_bytes FROM open_data_file WHERE id > ? ORDER BY id")) {
            files.setLong(1, before);
            try (ResultSet rows = files.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1).toLowerCase() + "_records", rows.getLong(2));
                    records += rows.getLong(2);
                    bytes += rows.getLong(3);
                }
            }
        }
        result.put("records_written", records);
        result.put("bytes_written", bytes);
        result.put("records_per_second", Results.round(records / seconds));
        result.put("server_resident_mb_before", baseline.get() / 1024);
        result.put("server_resident_mb_peak", peak.get() / 1024);
        return result;
    }

    private static long lastFile(Connection db) throws SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM open_data_file")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The benchmark's WildFly, found by its base folder on the command line. */
    private static Optional<Long> serverProcess() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")
                && c.contains("bench/target/standalone")).orElse(false)).map(ProcessHandle::pid).findFirst();
    }

    private static long residentKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (Exception e) {
            return 0;
        }
    }
}
