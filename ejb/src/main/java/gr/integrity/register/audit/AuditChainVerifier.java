package gr.integrity.register.audit;

import gr.integrity.register.declaration.VersionChainVerifier;
import gr.integrity.register.platform.persistence.HashChains;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;

/**
 * The register's integrity check as a command, for anyone with read access to the database and no account in the
 * register (an outside auditor, after a restore): it reads straight from the database and recomputes every audit
 * entry's hash and link, and every submitted version's content hash and chain link; it exits 0 when both chains
 * hold, 1 when either does not.
 *
 * <pre>DB_URL=jdbc:mysql://host:3306/register DB_USER=reader DB_PASSWORD=... \
 *   ./mvnw -q -pl ejb exec:java -Dexec.mainClass=gr.integrity.register.audit.AuditChainVerifier</pre>
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("DB_URL",
                "jdbc:mysql://127.0.0.1:3306/register?useInformationSchema=false&characterEncoding=UTF-8");
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "root"),
                System.getenv().getOrDefault("DB_PASSWORD", "embedded-only"))) {
            ChainCheck check = verify(connection);
            VersionChainVerifier.Result versions = VersionChainVerifier.verify(connection);
            if (check.holds()) {
                System.out.println("The audit trail's hash chain holds: " + check.entriesChecked() + " entries checked.");
            } else {
                System.out.println("The audit trail's hash chain is BROKEN after " + check.entriesChecked()
                        + " good entries: " + check.reason() + (check.firstBrokenId() == null ? ""
                        : " at entry " + check.firstBrokenId()));
            }
            if (versions.holds()) {
                System.out.println("Every filing matches its recorded hash and chain: " + versions.checked()
                        + " versions checked.");
            } else {
                System.out.println("A filing does NOT match its record after " + versions.checked()
                        + " good versions: " + versions.reason() + " at version " + versions.brokenVersionId());
            }
            if (!check.holds() || !versions.holds()) {
                System.exit(1);
            }
        }
    }

    public static ChainCheck verify(Connection connection) throws SQLException {
        String previous = HashChains.GENESIS;
        long checked = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, occurred_at, actor, client_address,"
                + " action, object_type, object_id, details, previous_hash, entry_hash FROM audit_entry ORDER BY id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE); // stream rows: the trail is never held whole in memory
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (!rows.getString("previous_hash").equals(previous)) {
                        return new ChainCheck(checked, false, id, "link");
                    }
                    Timestamp at = rows.getTimestamp("occurred_at", java.util.Calendar.getInstance(
                            java.util.TimeZone.getTimeZone(ZoneOffset.UTC)));
                    String hash = AuditEntry.hashOf(at.toInstant(), rows.getString("actor"),
                            rows.getString("client_address"), rows.getString("action"), rows.getString("object_type"),
                            rows.getString("object_id"), rows.getString("details"), previous);
                    if (!hash.equals(rows.getString("entry_hash"))) {
                        return new ChainCheck(checked, false, id, "content");
                    }
                    previous = hash;
                    checked++;
                }
            }
        }
        return new ChainCheck(checked, true, null, null);
    }
}
