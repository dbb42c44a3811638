package gr.integrity.register.http;

import gr.integrity.register.audit.AuditChainVerifier;
import gr.integrity.register.audit.ChainCheck;
import gr.integrity.register.declaration.VersionChainVerifier;
import gr.integrity.register.it.drills.DrillFigures;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.transparency.MerkleTree;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented backup and restore (ops/backup.sh, ops/restore.sh) against the tests' database while the register
 * runs: the dump restores into a new database in which every audit entry and every filing still matches its recorded
 * hash and chain, as the integrity command checks them; a restore never overwrites a database that has tables; and
 * the check notices a filing changed behind the register's back; the restored transparency log gives the root the
 * register last signed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String RESTORED = "register_restore_drill";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aBackupRestoresIntoANewDatabaseWhereEveryFilingMatchesItsHash() throws Exception {
        Path backup = DrillFigures.folder().resolve("backup").resolve("register.sql.gz");
        try (Connection server = connect("register")) {
            execute(server, "DROP DATABASE IF EXISTS " + RESTORED);
        }

        Script backedUp = run("backup.sh", Map.of(), backup.toString());
        assertEquals(0, backedUp.exit, backedUp.output);
        assertTrue(Files.size(backup) > 1000, "the backup holds the register");
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(backup), "only the account that took it may read a backup");
        assertTrue(Files.readString(Path.of(backup + ".sha256")).startsWith(sha256(backup)), "its SHA-256 is beside it");

        Script restored = run("restore.sh", Map.of("DB_NAME", RESTORED, "SKIP_VERIFY", "true"), backup.toString());
        assertEquals(0, restored.exit, restored.output);

        long sourceVersions;
        try (Connection source = connect("register")) {
            sourceVersions = count(source, "SELECT COUNT(*) FROM declaration_version");
        }
        try (Connection copy = connect(RESTORED)) {
            ChainCheck trail = AuditChainVerifier.verify(copy);
            VersionChainVerifier.Result filings = VersionChainVerifier.verify(copy);
            assertTrue(trail.holds(), "the audit trail's chain holds in the restored copy: " + trail.reason());
            assertTrue(filings.holds(), "every filing matches its hash in the restored copy: " + filings.reason());
            assertTrue(filings.checked() > 0, "the copy holds filings");
            assertEquals(sourceVersions, filings.checked(), "every version was restored");

            // the transparency log survives the restore: the copy's leaves give the very root the register signed
            try (Connection source = connect("register")) {
                ResultSet head = source.createStatement().executeQuery(
                        "SELECT tree_size, root_hash FROM log_tree_head ORDER BY id DESC LIMIT 1");
                assertTrue(head.next(), "the register has signed a tree head");
                int size = head.getInt(1);
                MerkleTree tree = new MerkleTree();
                ResultSet leaves = copy.createStatement().executeQuery(
                        "SELECT leaf_hash FROM log_leaf WHERE leaf_index < " + size + " ORDER BY leaf_index");
                while (leaves.next()) {
                    tree.append(HexFormat.of().parseHex(leaves.getString(1)));
                }
                assertEquals(size, tree.size(), "every leaf of the signed tree was restored");
                assertEquals(head.getString(2), HexFormat.of().formatHex(tree.root(size)),
                        "the restored log has the signed root");
            }

            // a restore into a database with tables is refused, and changes nothing
            Script again = run("restore.sh", Map.of("DB_NAME", RESTORED, "SKIP_VERIFY", "true"), backup.toString());
            assertNotEquals(0, again.exit);
            assertTrue(again.output.contains("already has"), again.output);

            // the check is real: a filing changed behind the register's back (its guard dropped) is found
            execute(copy, "DROP TRIGGER declaration_version_no_update");
            execute(copy, "UPDATE declaration_version SET content = REPLACE(content, '0', '9') WHERE id = "
                    + "(SELECT MIN(id) FROM (SELECT id FROM declaration_version WHERE content LIKE '%0%') AS v)");
            assertFalse(VersionChainVerifier.verify(copy).holds(), "a changed filing no longer matches its hash");

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("backupBytes", Files.size(backup));
            figures.put("versionsRestoredAndChecked", filings.checked());
            figures.put("auditEntriesChecked", trail.entriesChecked());
            figures.put("mismatches", 0);
            DrillFigures.write("backup-restore", figures);
        } finally {
            try (Connection server = connect("register")) {
                execute(server, "DROP DATABASE IF EXISTS " + RESTORED);
            }
        }
    }

    private record Script(int exit, String output) {
    }

    private static Script run(String script, Map<String, String> environment, String... arguments) throws Exception {
        File ops = new File(System.getProperty("ops.dir", "../ops"));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", new File(ops, script).getPath()));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DB_HOST", "127.0.0.1");
        builder.environment().put("DB_PORT", System.getProperty("it.db.port", "33406"));
        builder.environment().put("DB_USER", System.getProperty("it.db.user", "root"));
        builder.environment().put("DB_PASSWORD", System.getProperty("it.db.password", ""));
        String tools = System.getProperty("it.db.tools");
        if (tools != null && new File(tools).isDirectory()) {
            builder.environment().put("DB_TOOLS_DIR", tools);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), script + " finished");
        return new Script(process.exitValue(), output);
    }

    private static Connection connect(String database) throws Exception {
        String url = System.getProperty("it.db.url").replaceFirst("/register\\?", "/" + database + "?");
        return DriverManager.getConnection(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
