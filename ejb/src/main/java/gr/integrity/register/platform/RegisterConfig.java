package gr.integrity.register.platform;

import gr.integrity.register.scale.ScaleSize;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Configuration from the environment (a system property of the same name wins, for tests), with defaults that
 * work for the embedded one-command run. Nothing secret has a default.
 */
@ApplicationScoped
public class RegisterConfig {

    public String baseUrl() {
        String url = value("REGISTER_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Load the demo data on first start (the run command sets this for the embedded database only). */
    public boolean demoData() {
        return flag("REGISTER_DEMO_DATA", false);
    }

    /**
     * With the demo data, also import the European Commission's meetings export it ships (in the background); the
     * integration tests turn this off and import the file themselves.
     */
    public boolean demoMeetings() {
        return demoData() && flag("REGISTER_DEMO_MEETINGS", true);
    }

    /**
     * The benchmark's data size to add on first start (REGISTER_SCALE_DATA: smoke, S or L); only with the demo
     * data, never by default.
     */
    public Optional<ScaleSize> scaleData() {
        return demoData() ? value("REGISTER_SCALE_DATA").flatMap(ScaleSize::named) : Optional.empty();
    }

    /**
     * {@code smtp} delivers through WildFly's mail session; {@code folder} (default) writes each mail as a file to
     * {@link #mailFolder()}, for a machine without a mail server (the embedded run, tests). Either way the outbox
     * that ADMIN reads never holds a one-time link.
     */
    public boolean smtpDelivery() {
        return "smtp".equalsIgnoreCase(value("REGISTER_MAIL_DELIVERY").orElse("folder"));
    }

    /** Where {@code folder} delivery writes mail: REGISTER_MAIL_FOLDER, or the server's data folder's "mail". */
    public Path mailFolder() {
        return value("REGISTER_MAIL_FOLDER").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "mail"));
    }

    public String mailFrom() {
        return value("REGISTER_MAIL_FROM").orElse("register@localhost");
    }

    /** Addresses of reverse proxies whose X-Forwarded-For header is believed; nobody else's is. */
    public List<String> trustedProxies() {
        return value("REGISTER_TRUSTED_PROXIES")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** PBKDF2-HMAC-SHA512 iterations for new password hashes (OWASP's figure for that hash is 210,000). */
    public int passwordIterations() {
        return value("REGISTER_PASSWORD_ITERATIONS").map(Integer::parseInt).orElse(210_000);
    }

    public Optional<String> firstAdminUsername() {
        return value("REGISTER_ADMIN_USERNAME");
    }

    public Optional<String> firstAdminEmail() {
        return value("REGISTER_ADMIN_EMAIL");
    }

    public Optional<String> firstAdminPassword() {
        return value("REGISTER_ADMIN_PASSWORD");
    }

    /** A folder where files dropped by a scheduled job are imported (officials/, meetings/). */
    public Optional<String> importInbox() {
        return value("REGISTER_IMPORT_INBOX");
    }

    public static Optional<String> value(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static boolean flag(String name, boolean fallback) {
        return value(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(fallback);
    }
}
