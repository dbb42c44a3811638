package gr.integrity.register.bench;

import gr.integrity.register.it.support.WebClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P9: an ADMIN uploads a workbook of the Commission's meetings export at the upload limit (30 MB; its rows are the
 * register's copy of the export, repeated with subjects of their own), and the server's heap is followed meanwhile
 * ({@code jstat -gc} every 250 ms, and what is live after a full collection every 3 s, both the JDK's own tools):
 * from before the upload, through the upload's check of every row, the staging of the rows into the database, and the
 * first chunks applied, to after. The import is meant to take about the same memory whatever the
 * number of rows: the figure to read is the live heap's peak against the heap before, beside the file's size and
 * rows (the heap's own peak counts garbage not yet collected).
 */
final class ImportMemoryRun {

    private static final String EXPORT = "ejb/src/test/resources/data/eu_ec_meetings_interest_representatives_2019_2023.csv";

    private ImportMemoryRun() {
    }

    static Map<String, Object> run(Connection db, String base, String adminPassword, Path root, int megabytes,
                                   int watchSeconds) throws Exception {
        Path file = Files.createTempFile("bench-import-", ".xlsx");
        try {
            Map<String, Object> result = new LinkedHashMap<>();
            int rows = workbook(root.resolve(EXPORT), file, megabytes * 1024L * 1024);
            result.put("file_mb", Results.round(Files.size(file) / 1048576.0));
            result.put("rows", rows);
            BenchSession admin = new BenchSession(BenchSession.sharedClient(), base);
            if (!admin.signIn("admin", adminPassword)) {
                throw new IllegalStateException("the admin account could not sign in");
            }
            long pid = serverProcess().orElseThrow(() -> new IllegalStateException("the benchmark's WildFly is not running"));
            long lastBatch = lastBatch(db);
            result.put("live_mb_before", liveKb(pid) / 1024);
            try (Sampler sampler = new Sampler(pid)) {
                String page = admin.get("/admin/imports/list.xhtml").body();
                Map<String, String> form = WebClient.hiddenFields(page, "upload");
                form.put("upload:start", "");
                long started = System.nanoTime();
                HttpResponse<String> answer = admin.postFile(BenchSession.action(page, "upload"), form, "upload:file",
                        "meetings.xlsx", file, Duration.ofMinutes(10));
                result.put("upload_answer", answer.statusCode());
                result.put("upload_seconds", Results.round((System.nanoTime() - started) / 1e9));
                long batch = lastBatch(db);
                if (batch == lastBatch) {
                    throw new IllegalStateException("the upload made no batch: " + answer.statusCode());
                }
                long watchedFrom = System.nanoTime();
                Double staged = null;
                int processed = 0;
                while ((System.nanoTime() - watchedFrom) / 1e9 < watchSeconds) {
                    Thread.sleep(1000);
                    processed = processedRows(db, batch);
                    if (processed > 0 && staged == null) {
                        staged = Results.round((System.nanoTime() - watchedFrom) / 1e9);
                    }
                    if (processed >= rows) {
                        break;
                    }
                }
                double watched = (System.nanoTime() - watchedFrom) / 1e9;
                result.put("staged_seconds", staged);
                result.put("rows_applied", processed);
                result.put("rows_applied_per_second", staged == null ? 0
                        : Results.round(processed / Math.max(watched - staged, 0.001)));
                result.put("heap_mb_peak", sampler.peakUsed.get() / 1024);
                result.put("old_gen_mb_peak", sampler.peakOld.get() / 1024);
                result.put("live_mb_peak", sampler.peakLive.get() / 1024);
                result.put("live_mb_every_3_s", List.copyOf(sampler.lives));
            }
            result.put("live_mb_after", liveKb(pid) / 1024);
            return result;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes the export's rows over and over, each with a subject of its own, until the workbook is about the size
     * asked for (SXSSF writes a sheet as it goes, so this process holds no more of it than the register should);
     * answers the rows written.
     */
    private static int workbook(Path export, Path file, long bytes) throws IOException {
        List<CSVRecord> source;
        List<String> header;
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            header = new ArrayList<>(parser.getHeaderNames());
            source = parser.getRecords();
        }
        // a first small workbook tells the bytes per row the full one will take
        int sample = 5_000;
        write(header, source, file, sample);
        int rows = (int) Math.max(1, bytes * 0.98 / Files.size(file) * sample);
        write(header, source, file, rows);
        return rows;
    }

    private static void write(List<String> header, List<CSVRecord> source, Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("meetings");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            int subject = header.indexOf("Subject of the meeting");
            for (int r = 0; r < rows; r++) {
                CSVRecord from = source.get(r % source.size());
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    row.createCell(c).setCellValue(c == subject ? from.get(c) + " (" + (r + 1) + ")" : from.get(c));
                }
            }
            workbook.write(out);
        }
    }

    private static long lastBatch(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM import_batch")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int processedRows(Connection db, long batch) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT processed_rows FROM import_batch WHERE id = " + batch)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * What is live in the server's heap: the total of {@code jcmd GC.class_histogram}, which counts the objects
     * left after a full collection. (The heap jstat reads just after a collection it asked for is not that: it
     * still counts regions not yet given back.)
     */
    private static long liveKb(long pid) throws Exception {
        Process histogram = new ProcessBuilder(tool("jcmd"), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        long bytes = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(histogram.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("Total")) {
                    String[] fields = line.trim().split("\\s+");
                    bytes = Long.parseLong(fields[fields.length - 1]);
                }
            }
        } finally {
            histogram.waitFor();
        }
        return bytes / 1024;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** The benchmark's WildFly, found by its base folder on the command line. */
    private static Optional<Long> serverProcess() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")
                && c.contains("bench/target/standalone")).orElse(false)).map(ProcessHandle::pid).findFirst();
    }

    /** One reading of {@code jstat -gc}: KB used in the survivor, eden and old spaces. */
    private record Heap(long usedKb, long oldKb) {

        static Heap parse(String[] names, String line) {
            String[] values = line.trim().split("\\s+");
            Map<String, Double> by = new LinkedHashMap<>();
            for (int i = 0; i < names.length && i < values.length; i++) {
                try {
                    by.put(names[i], Double.parseDouble(values[i]));
                } catch (NumberFormatException e) {
                    by.put(names[i], 0.0);
                }
            }
            double old = by.getOrDefault("OU", 0.0);
            double used = by.getOrDefault("S0U", 0.0) + by.getOrDefault("S1U", 0.0) + by.getOrDefault("EU", 0.0) + old;
            return new Heap((long) used, (long) old);
        }
    }

    /** {@code jstat -gc <pid> 250} running beside the import, keeping the peaks. */
    private static final class Sampler implements AutoCloseable {

        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakOld = new AtomicLong();
        /** What is live in the heap, every 3 s: what the import holds, not what awaits collection. */
        final AtomicLong peakLive = new AtomicLong();
        /** Each of those readings, MB: where in the import the peak falls. */
        final List<Long> lives = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Process jstat;
        private final Thread reader;
        private final Thread collector;

        Sampler(long pid) throws IOException {
            collector = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(3000);
                        long live = liveKb(pid);
                        peakLive.accumulateAndGet(live, Math::max);
                        lives.add(live / 1024);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // one reading missed; the next one counts
                    }
                }
            });
            collector.setDaemon(true);
            collector.start();
            jstat = new ProcessBuilder(tool("jstat"), "-gc", String.valueOf(pid), "250").start();
            reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
                    String[] names = null;
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (names == null || line.trim().startsWith("S0C")) {
                            names = line.trim().split("\\s+");
                            continue;
                        }
                        Heap heap = Heap.parse(names, line);
                        peakUsed.accumulateAndGet(heap.usedKb(), Math::max);
                        peakOld.accumulateAndGet(heap.oldKb(), Math::max);
                    }
                } catch (IOException e) {
                    // the sampler was stopped
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public void close() throws InterruptedException {
            collector.interrupt();
            collector.join(10_000);
            jstat.destroy();
            reader.join(2000);
        }
    }
}
