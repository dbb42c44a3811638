package gr.integrity.register.declaration;

import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.persistence.HashChains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Checks every submitted version straight from the database: its stored content still hashes to its content hash,
 * and its chain hash links it to the version submitted before it. A version changed, removed or inserted by
 * someone with database access (or lost in a restore) breaks it.
 */
public final class VersionChainVerifier {

    /** What the check found: versions checked, and the first one that fails (null when all hold). */
    public record Result(long checked, Long brokenVersionId, String reason) {
        public boolean holds() {
            return brokenVersionId == null;
        }
    }

    private VersionChainVerifier() {
    }

    public static Result verify(Connection connection) throws SQLException {
        String previous = HashChains.GENESIS;
        long checked = 0;
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, content, content_hash,"
                + " previous_chain_hash, chain_hash, receipt_number, submitted_at FROM declaration_version ORDER BY id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE); // stream the rows
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    String contentHash = Hashing.sha256Hex(rows.getString("content"));
                    if (!contentHash.equals(rows.getString("content_hash"))) {
                        return new Result(checked, id, "content");
                    }
                    if (!previous.equals(rows.getString("previous_chain_hash"))) {
                        return new Result(checked, id, "link");
                    }
                    Timestamp at = rows.getTimestamp("submitted_at", utc);
                    String chain = Hashing.sha256Hex(DeclarationVersion.chainInput(previous, contentHash,
                            rows.getString("receipt_number"), at.toInstant()));
                    if (!chain.equals(rows.getString("chain_hash"))) {
                        return new Result(checked, id, "chain");
                    }
                    previous = chain;
                    checked++;
                }
            }
        }
        return new Result(checked, null, null);
    }
}
