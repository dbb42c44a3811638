package gr.integrity.register.platform;

import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.lobbying.MeetingDeclarationKind;
import gr.integrity.register.registry.Obligation;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Migration 10.1: the due instants of the rows already in the register when migration 10 added their columns,
 * computed as the application computes them (the end of a day in Athens, summer time included): every obligation's
 * from its deadline, every meeting declaration's from the meeting its latest version reports.
 */
final class DueInstantsMigration implements JavaMigration {

    private static final int BATCH = 500;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.1");
    }

    @Override
    public String getDescription() {
        return "due instants of existing obligations and meeting declarations";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, deadline FROM obligation WHERE due_at IS NULL");
             PreparedStatement write = connection.prepareStatement("UPDATE obligation SET due_at = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            int n = 0;
            while (rows.next()) {
                write.setTimestamp(1, Timestamp.from(Obligation.endOfDay(rows.getDate(2).toLocalDate())), UTC);
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT d.id, v.content FROM declaration d"
                + " JOIN declaration_version v ON v.declaration_id = d.id AND v.version_no = d.latest_version_no"
                + " WHERE d.obligation_id IS NULL AND d.due_at IS NULL");
             PreparedStatement write = connection.prepareStatement("UPDATE declaration SET due_at = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            int n = 0;
            while (rows.next()) {
                Optional<Instant> due = MeetingDeclarationKind.dueAfter(CanonicalJson.read(rows.getString(2)));
                if (due.isPresent()) {
                    write.setTimestamp(1, Timestamp.from(due.get()), UTC);
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    if (++n % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
    }
}
