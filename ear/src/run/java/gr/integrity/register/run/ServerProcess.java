package gr.integrity.register.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned WildFly running the freshly built register, as a child of the run command. The deployment
 * scanner's marker files say how the deployment went ({@code register.ear.deployed} or {@code .failed}, with the
 * reason); the first page is asked for before the register is announced.
 */
final class ServerProcess {

    private static final String EAR = "register.ear";
    /** A first start loads the demo data during the deployment: minutes on a slow machine. */
    private static final Duration DEPLOYMENT_PATIENCE = Duration.ofMinutes(20);

    private final RunSettings settings;
    private Process process;

    ServerProcess(RunSettings settings) {
        this.settings = settings;
    }

    Path deployments() {
        return settings.serverBase().resolve("deployments");
    }

    /** WildFly left by an earlier run: on this run's base folder, not the tests' or the benchmark's. */
    static List<ProcessHandle> leftovers(RunSettings settings) {
        String ownBase = "-Djboss.server.base.dir=" + settings.serverBase() + " ";
        return LocalProcesses.naming(settings.serverBase(), line -> (line + " ").contains(ownBase));
    }

    void start(String databaseUrl, String user, String password) throws RunFailure {
        Path deployments = deployments();
        try {
            prepareBase();
            Files.createDirectories(deployments);
            try (Stream<Path> old = Files.list(deployments)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith(EAR)).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.copy(settings.ear(), deployments.resolve(EAR), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RunFailure("the application cannot be put into " + EmbeddedDatabase.shown(deployments) + ": "
                    + e.getMessage());
        }
        List<String> command = new ArrayList<>(List.of(
                settings.serverHome().resolve("bin/standalone.sh").toString(),
                "-b", settings.bindAddress(),
                "-Djboss.server.base.dir=" + settings.serverBase(),
                "-Djboss.socket.binding.port-offset=" + settings.portOffset()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("DB_URL", databaseUrl);
        environment.put("DB_USER", user);
        environment.put("DB_PASSWORD", password);
        environment.put("REGISTER_DEMO_DATA", Boolean.toString(settings.demoData()));
        environment.putIfAbsent("REGISTER_BASE_URL", settings.address().replaceAll("/$", ""));
        // mail is delivered as files to this folder (nobody else may read its one-time links)
        environment.putIfAbsent("REGISTER_MAIL_FOLDER", settings.mailFolder().toString());
        // standalone.sh then passes SIGTERM and SIGINT on to WildFly's JVM, so that stopping it stops the server
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // a quick start over peak speed (the client compiler only: a third less time to the first page on two
        // cores); a production installation runs the server with its own options
        environment.putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                + " -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true"
                + " -Djava.awt.headless=true");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RunFailure("WildFly cannot be started from " + EmbeddedDatabase.shown(settings.serverHome())
                    + ": " + e.getMessage() + ". Run ./mvnw clean -Prun package to provision it again.");
        }
    }

    /** A base folder other than the server's own starts with the server's configuration (the tests' runs). */
    private void prepareBase() throws IOException {
        Path configuration = settings.serverBase().resolve("configuration");
        if (Files.isDirectory(configuration)) {
            return;
        }
        Path original = settings.serverHome().resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.toList()) {
                Path copy = configuration.resolve(original.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** Waits until the deployment has gone one way or the other; refuses to announce a register that fails. */
    void awaitDeployment() throws RunFailure {
        Path deployed = deployments().resolve(EAR + ".deployed");
        Path failed = deployments().resolve(EAR + ".failed");
        Instant giveUp = Instant.now().plus(DEPLOYMENT_PATIENCE);
        while (!Files.exists(deployed)) {
            if (Files.exists(failed)) {
                throw new RunFailure("the register's deployment failed: " + reason(failed)
                        + " (the server's log above has the whole story)");
            }
            if (!process.isAlive()) {
                throw new RunFailure("WildFly stopped while starting (exit code " + process.exitValue()
                        + "); its log is above.");
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new RunFailure("the register was not deployed after " + DEPLOYMENT_PATIENCE.toMinutes()
                        + " minutes; the server's log above says where it stands.");
            }
            pause();
        }
    }

    /** The first page, asked for as a visitor would; anything but 200 is not a register to announce. */
    void checkFirstPage() throws RunFailure {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        URI home = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", "el").build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                throw new RunFailure("the first page answered " + answer.statusCode() + " instead of 200; the"
                        + " server's log above says why.");
            }
        } catch (IOException e) {
            throw new RunFailure("the first page did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure("interrupted while asking for the first page");
        }
    }

    /** Blocks until WildFly ends (Ctrl-C, or a stop from elsewhere); answers its exit code. */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    void stop() {
        if (process != null && process.isAlive()) {
            LocalProcesses.stop(process.toHandle(), Duration.ofSeconds(30));
        }
    }

    private static String reason(Path failed) {
        try {
            // the scanner writes the management model's failure description, one "Caused by" a line; the innermost
            // that names something (not the bare java.lang.Throwable WildFly ends with) is the reason
            List<String> lines = Files.readString(failed).replace("\\\"", "\"").replace("\\\\", "\\").lines()
                    .map(line -> line.strip().replaceFirst("^Caused by: ", "").replaceAll("[\"}\\\\]+$", ""))
                    .filter(line -> !line.isEmpty() && !line.equals("java.lang.Throwable"))
                    .toList();
            if (lines.isEmpty()) {
                return "see " + EmbeddedDatabase.shown(failed);
            }
            String last = lines.get(lines.size() - 1);
            int arrow = last.lastIndexOf("=> \"");
            return arrow >= 0 ? last.substring(arrow + "=> \"".length()) : last;
        } catch (IOException e) {
            return "see " + EmbeddedDatabase.shown(failed);
        }
    }

    private static void pause() throws RunFailure {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure("interrupted while waiting for the deployment");
        }
    }
}
