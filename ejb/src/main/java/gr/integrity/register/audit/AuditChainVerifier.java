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
import java.util.List;

/**
 * The register's integrity check as a command, for anyone with read access to the database and no account in the
 * register (an outside auditor, after a restore): it reads straight from the database and recomputes every audit
 * entry's hash and link, and every submitted version's content hash and chain link; it exits 0 when both chains
 * hold, 1 when either does not.
 * <p>
 * A chain that holds may still have been rewritten whole, by someone holding the database who recomputed every
 * hash. The transparency log's signed tree heads anchor the trail's chain head of their time, and anyone who ran
 * tools/LogVerifier.java with {@code --state} kept those anchors outside the register: given that file
 * ({@code LOG_STATE=<file>}), the command checks that every anchored entry still has the hash the log signed.
 *
 * <pre>DB_URL=jdbc:mysql://host:3306/register DB_USER=reader DB_PASSWORD=... [LOG_STATE=log-state.txt] \
 *   ./mvnw -q -pl ejb exec:java -Dexec.mainClass=gr.integrity.register.audit.AuditChainVerifier</pre>
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static void main(String[] args) throws SQLException, java.io.IOException {
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
            String anchors = System.getenv("LOG_STATE");
            List<String> unanchored = anchors == null ? List.of()
                    : unanchored(connection, java.nio.file.Files.readAllLines(java.nio.file.Path.of(anchors)));
            if (anchors != null) {
                System.out.println(unanchored.isEmpty() ? "Every audit entry the transparency log anchored is unchanged."
                        : "The audit trail was REWRITTEN: " + String.join("; ", unanchored));
            }
            if (!check.holds() || !versions.holds() || !unanchored.isEmpty()) {
                System.exit(1);
            }
        }
    }

    /**
     * The anchors of a verifier's state file (lines "size root timestamp audit-entry-id audit-chain-hash") whose
     * entry is gone or has another hash now; empty when every one holds.
     */
    public static List<String> unanchored(Connection connection, List<String> stateLines) throws SQLException {
        List<String> broken = new java.util.ArrayList<>();
        try (PreparedStatement entry = connection.prepareStatement("SELECT entry_hash FROM audit_entry WHERE id = ?")) {
            for (String line : stateLines) {
                String[] fields = line.strip().split(" ");
                if (fields.length < 5 || !fields[3].matches("[0-9]{1,18}")) {
                    continue;
                }
                entry.setLong(1, Long.parseLong(fields[3]));
                try (ResultSet row = entry.executeQuery()) {
                    if (!row.next()) {
                        broken.add("entry " + fields[3] + " is gone");
                    } else if (!row.getString(1).equals(fields[4])) {
                        broken.add("entry " + fields[3] + " has another hash than the log signed");
                    }
                }
            }
        }
        return broken;
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
