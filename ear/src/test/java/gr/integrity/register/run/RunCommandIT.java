package gr.integrity.register.run;

import gr.integrity.register.it.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's run command as a newcomer meets it, through the launcher that {@code ./mvnw -Prun package} runs once
 * Maven has built and provisioned everything: from an empty data folder it comes up with the demo data and its
 * banner; a run that was killed and left WildFly and the database behind is cleaned up by the next one, which comes
 * up again; stopping it stops every process it started; and whatever keeps it from starting (a port taken, a data
 * folder of another release or damaged) is named and the command exits 1 with nothing left running.
 *
 * <p>Each run has folders of its own under {@code ear/target/run-it} and listens 300 ports above the defaults, so
 * that neither a developer's running register nor the integration tests' server is touched.
 */
class RunCommandIT {

    private static final int OFFSET = 300;
    private static final int HTTP = 8080 + OFFSET;
    private static final int MANAGEMENT = 9990 + OFFSET;
    private static final Path ROOT = Path.of(System.getProperty("register.root")).toAbsolutePath();
    private static final Duration FIRST_START = Duration.ofMinutes(10);

    @Test
    void aFreshRunComesUpAKilledOneIsCleanedUpByTheNextAndStoppingStopsEverything() throws Exception {
        Path folder = folder("fresh-and-again");

        Run first = Run.start(folder, "first");
        first.awaitOutput("The Integrity Register is at http://localhost:" + HTTP + "/", FIRST_START);
        assertEquals(200, firstPage(), "the first page answers once the banner is printed");
        assertTrue(first.output().contains("admin      demo-admin-2026"), "the demo logins are printed");

        // killed without a chance to stop anything, as a closed terminal or `kill -9` does
        first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertFalse(processesNaming(folder).isEmpty(), "WildFly and the database outlived the killed run");

        Run second = Run.start(folder, "second");
        second.awaitOutput("The Integrity Register is at", FIRST_START);
        String output = second.output();
        assertEquals(2, count(output, "left running by an earlier run"), output);
        assertEquals(200, firstPage(), "the second run serves the first page");
        assertTrue(output.contains("admin      demo-admin-2026"), "the demo data is still there");

        second.process.destroy(); // SIGTERM, which Ctrl-C's SIGINT shares its way out with
        assertTrue(second.process.waitFor(90, TimeUnit.SECONDS), "the run stops");
        Eventually.until("no process of the run is left", Duration.ofSeconds(30), () -> processesNaming(folder).isEmpty());
        assertTrue(free(HTTP) && free(MANAGEMENT), "WildFly's ports are free again");
    }

    @Test
    void aPortInUseIsNamedAndNothingStarts() throws Exception {
        Path folder = folder("port-in-use");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), HTTP));

            Run run = Run.start(folder, "port");

            assertEquals(1, run.exitCode());
            assertTrue(run.output().contains("The register did not start: port " + HTTP
                    + " (WildFly's HTTP port) is in use by pid " + ProcessHandle.current().pid()), run.output());
            assertTrue(processesNaming(folder).isEmpty(), "no database was started");
        }
    }

    @Test
    void aDataFolderOfAnotherReleaseIsRefusedAndLeftAlone() throws Exception {
        Path folder = folder("other-release");
        Path data = Files.createDirectories(folder.resolve("data/mariadb"));
        Files.writeString(data.resolve("register-made-by.txt"), "10.11.6");
        Files.writeString(data.resolve("ibdata1"), "kept as it was");

        Run run = Run.start(folder, "release");

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("was made by MariaDB 10.11.6, and this run uses MariaDB "
                + System.getProperty("register.databaseVersion")), run.output());
        assertEquals("kept as it was", Files.readString(data.resolve("ibdata1")), "nothing in the folder was touched");
    }

    @Test
    void aDamagedDataFolderIsNamedWithTheDatabasesOwnReason() throws Exception {
        Path folder = folder("damaged");
        Path data = Files.createDirectories(folder.resolve("data/mariadb/mysql"));
        Files.writeString(data.resolveSibling("register-made-by.txt"), System.getProperty("register.databaseVersion"));
        byte[] noise = new byte[65536];
        new java.util.Random(20261202).nextBytes(noise);
        Files.write(data.resolveSibling("ibdata1"), noise);

        Run run = Run.start(folder, "damaged");

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("the embedded database did not start"), run.output());
        assertTrue(run.output().contains("InnoDB"), "the database's own reason is given: " + run.output());
        assertTrue(processesNaming(folder).isEmpty(), "no database is left running");
    }

    /** Whatever a failed test left running (a run that did not stop) is stopped, so that the next test starts clean. */
    @AfterEach
    void stopWhatIsLeft() throws IOException {
        try (var folders = Files.list(ROOT.resolve("ear/target/run-it"))) {
            for (Path folder : folders.toList()) {
                processesNaming(folder).forEach(p -> LocalProcesses.stop(p, Duration.ofSeconds(30)));
            }
        }
    }

    /** The launcher as the run profile starts it, with this test's folders and ports and no test database. */
    private record Run(Process process, Path log) {

        static Run start(Path folder, String name) throws IOException {
            Path log = folder.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dregister.root=" + ROOT,
                    "-Dregister.data=" + folder.resolve("data"),
                    "-Dregister.serverBase=" + folder.resolve("standalone"),
                    "-Dregister.databaseVersion=" + System.getProperty("register.databaseVersion"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                    RegisterLauncher.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            // the integration tests' own database and address are not the run's
            List.of("DB_URL", "DB_USER", "DB_PASSWORD", "REGISTER_BASE_URL").forEach(environment::remove);
            environment.put("REGISTER_PORT_OFFSET", Integer.toString(OFFSET));
            environment.put("REGISTER_DEMO_MEETINGS", "false");
            return new Run(builder.start(), log);
        }

        String output() throws IOException {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }

        void awaitOutput(String text, Duration limit) {
            Eventually.until("the run printed \"" + text + "\"", limit, () -> {
                if (!process.isAlive() && !output().contains(text)) {
                    throw new AssertionError("the run ended: " + output());
                }
                return output().contains(text);
            });
        }

        int exitCode() throws InterruptedException {
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the run exits");
            return process.exitValue();
        }
    }

    private static Path folder(String name) throws IOException {
        Path folder = ROOT.resolve("ear/target/run-it").resolve(name);
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }

    private static List<ProcessHandle> processesNaming(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> LocalProcesses.commandLine(p).map(line -> line.contains(path)).orElse(false))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .toList();
    }

    private static int firstPage() throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP + "/"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static boolean free(int port) {
        return !LocalProcesses.inUse("127.0.0.1", port);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
