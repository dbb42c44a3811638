package gr.integrity.register.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the benchmark a load tool like wrk cannot do (bench/run.sh runs wrk for the anonymous reads): the
 * ceilings C2 and C3, the database-side comparisons beside P2 and P3, the open data export of P7, the submissions
 * P5 and the deadline rush P6, which need signed-in filers posting the register's forms. Run by bench/run.sh with the test classpath; the smoke
 * test of the suite runs the same parts at a tiny size.
 *
 * <pre>java gr.integrity.register.bench.Benchmark base=http://127.0.0.1:8280 jdbc=jdbc:mysql://... user=root
 *     password=... out=results.json parts=C2,C3,SQL,P5,P6 pdf=/declarations/pdf?id=1&amp;v=1
 *     public=/path|/path p5.seconds=30 p6.steady=300 p6.spike=60 p6.recovery=60</pre>
 */
public final class Benchmark {

    private final Map<String, String> options;

    Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("options are name=value: " + arg);
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        Map<String, Object> results = new Benchmark(options).run();
        String json = Results.json(results);
        Files.writeString(Path.of(options.getOrDefault("out", "bench-driver.json")), json + "\n");
        System.exit(0);
    }

    Map<String, Object> run() throws Exception {
        List<String> parts = Arrays.asList(option("parts", "C2,C3,SQL,P7,P5,P6,P9").split(","));
        String base = option("base", "http://127.0.0.1:8280");
        Map<String, Object> results = new LinkedHashMap<>();
        if (parts.contains("C2")) {
            log("C2: primary-key selects over JDBC");
            results.put("C2", Ceilings.primaryKeySelects(this::connect, number("c2.threads", 8),
                    number("c2.seconds", 15)));
        }
        if (parts.contains("C3")) {
            log("C3: bare PDFBox");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + option("pdf", ""))).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (pdf.statusCode() != 200) {
                throw new IllegalStateException("the register's PDF answered " + pdf.statusCode());
            }
            results.put("C3", Ceilings.barePdf(pdf.body(), number("c3.threads", 2), number("c3.seconds", 15)));
        }
        if (parts.contains("SQL")) {
            log("SQL: keyset against OFFSET pages, search predicates");
            try (Connection db = connect()) {
                results.put("P2_sql", SqlComparisons.pagination(db));
                results.put("P3_sql", SqlComparisons.search(db, option("search.predicate", null),
                        Arrays.asList(option("search.words", "ενεργεια,hydrogen,clawback").split(","))));
            }
        }
        if (parts.contains("P7")) {
            log("P7: the open data export");
            try (Connection db = connect()) {
                results.put("P7_export", OpenDataExportRun.run(db, base, option("admin.password", "demo-admin-2026")));
            }
        }
        if (parts.contains("P5") || parts.contains("P6")) {
            FilingLoad filings = new FilingLoad();
            try (Connection db = connect()) {
                log("Signing in the filers");
                long started = System.nanoTime();
                int drafts = filings.prepare(db, base, number("signin.parallel", 4));
                log(drafts + " drafts ready, filers signed in after " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            }
            if (parts.contains("P5")) {
                log("P5: submissions, closed loop");
                results.put("P5", filings.closedLoop(number("p5.workers", 8), number("p5.seconds", 30)));
            }
            if (parts.contains("P6")) {
                log("P6: deadline rush");
                List<String> paths = Arrays.asList(option("public", "/index.xhtml").split("\\|"));
                results.put("P6", new DeadlineRush(filings, base, paths, Path.of(option("bench.dir", "bench"))).run(
                        number("p6.submissions", 10), number("p6.public", 300), number("p6.steady", 300),
                        number("p6.spike", 60), number("p6.factor", 3), number("p6.recovery", 60)));
            }
            try (Connection db = connect()) {
                results.put("P5_P6_stored_check", filings.verify(db));
            }
        }
        if (parts.contains("P9")) {
            // last: the import goes on in the background after what is measured, until the restart of P8 stops it
            log("P9: a workbook import's memory");
            Path root = Path.of(option("bench.dir", "bench")).toAbsolutePath().getParent();
            try (Connection db = connect()) {
                results.put("P9", ImportMemoryRun.run(db, base, option("admin.password", "demo-admin-2026"), root,
                        number("p9.mb", 30), number("p9.seconds", 60)));
            }
        }
        return results;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(option("jdbc", null), option("user", "root"), option("password", ""));
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
