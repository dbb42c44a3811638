package gr.integrity.register.scale;

import gr.integrity.register.demo.InterestContentGenerator;
import gr.integrity.register.demo.RegistryBulkWriter;
import gr.integrity.register.demo.RegistryGenerator;
import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.importing.ImportStatus;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationRules;
import gr.integrity.register.registry.RecordSource;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.review.FlagSubject;
import gr.integrity.register.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's data (docs/benchmarks.md, sizes S and L): a register that has run for years ({@link ScaleSize}), with
 * its officials, their obligations as the register's own rules derive them, their declarations filed and amended
 * over the years with the hashes and chain a real submission gives them, organisations and meetings. Generated from
 * a fixed seed on top of the demo data and written in JDBC batches, never row by row through the ORM, outside any
 * container transaction (each chunk commits on its own, so that a load of millions of rows neither times out nor
 * holds the chain's head for long).
 *
 * <p>Not part of a production run: {@link ScaleDataSwitch} leaves every bean of this package out of the deployment
 * unless REGISTER_SCALE_DATA asks for a size, so neither the generator nor its filer accounts' password exist there.
 */
@ApplicationScoped
public class ScaleData {

    private static final Logger LOG = Logger.getLogger(ScaleData.class);
    public static final long SEED = 20_261_127L;
    /** The user names of the benchmark's filer accounts begin so, then five digits. */
    public static final String FILER_PREFIX = "bench-filer-";
    /** The password of every benchmark filer account ({@value #FILER_PREFIX}NNNNN). */
    public static final String FILER_PASSWORD = "bench-filer-2026";

    /** What a load wrote, and how fast. */
    public record Report(ScaleSize size, long rows, long versions, long meetings, long drafts, long filers,
                         double seconds) {
        public double rowsPerSecond() {
            return seconds == 0 ? 0 : rows / seconds;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/RegisterDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private RegistrySettings settings;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    public boolean isLoaded() {
        return em.createQuery("select count(p) from Person p where p.source = :scale", Long.class)
                .setParameter("scale", RecordSource.SCALE).getSingleResult() > 0;
    }

    /**
     * Loads the size in the background, once: the server serves meanwhile, the log tells the progress and rate.
     * Waits for running imports (the demo's meetings) first: the load numbers its rows itself.
     */
    public void loadInBackground(ScaleSize size) {
        executor.submit(() -> {
            if (isLoaded()) {
                LOG.info("Scale data already present");
                return;
            }
            try {
                while (importsRunning()) {
                    LOG.info("Scale data waits for the running import to finish");
                    Thread.sleep(5_000);
                }
                load(size);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Scale data could not be loaded", e);
            }
        });
    }

    private boolean importsRunning() {
        return em.createQuery("select count(b) from ImportBatch b where b.status = :running", Long.class)
                .setParameter("running", ImportStatus.RUNNING).getSingleResult() > 0;
    }

    /** Loads the size now; returns what was written. */
    public Report load(ScaleSize size) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        Map<String, Long> organisationIds = new HashMap<>();
        em.createQuery("select o from Organisation o where o.nameEl in :names", Organisation.class)
                .setParameter("names", InterestContentGenerator.ORGANISATIONS.stream().map(o -> o[0]).toList())
                .getResultList().forEach(o -> organisationIds.put(o.getNameEl(), o.getId()));
        ObligationRules.Settings current = settings.obligationSettings();
        ObligationRules.Settings rules = new ObligationRules.Settings(current.taxReturnDeadline(),
                current.annualMonthsAfterTaxDeadline(), size.firstYear(), current.initialCountFromDay());
        var policies = settings.policies();
        String filerHash = hasher.hash(FILER_PASSWORD.toCharArray());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            LOG.infof("Scale data %s 1/4: %,d officials, their posts and mandates", size, size.officials());
            RegistryGenerator.Registry registry = RegistryGenerator.generateWithHistory(SEED, size.officials(),
                    RegistryBulkWriter.nextIds(connection), today, LocalDate.of(2016, 1, 1));
            RegistryBulkWriter writer = new RegistryBulkWriter(connection, RecordSource.SCALE);
            registry = writer.writeOver(registry);
            List<RegistryBulkWriter.ObligationRow> obligations = RegistryBulkWriter.obligations(registry, policies,
                    rules, today, RegistryBulkWriter.next(connection, "obligation"));
            writer.insertObligations(obligations);
            firstYear(connection, size.firstYear());
            connection.commit();
            long rows = registry.institutions().size() + registry.positions().size() + registry.persons().size()
                    + registry.mandates().size() + obligations.size();
            LOG.infof("Scale data %s 2/4: %,d obligations; filing declarations (%,d versions) %s", size,
                    obligations.size(), size.versions(), rate(rows, started));
            long filing = System.nanoTime();
            ScaleDeclarations.Written filed = new ScaleDeclarations(connection, executor, kinds::of, organisationIds,
                    FlagSubject.settingsFrom(settings), filerHash, today, Instant.now())
                    .write(SEED + 1, size, registry, obligations);
            rows += filed.rows();
            double filingSeconds = (System.nanoTime() - filing) / 1e9;
            LOG.infof("Scale data %s 3/4: %,d declarations, %,d versions, %,d drafts of %,d filers; meetings %s",
                    size, filed.declarations(), filed.versions(), filed.drafts(), filed.filers(), rate(rows, started));
            rows += new ScaleMeetings(connection).write(SEED + 2, size, registry, today);
            double seconds = (System.nanoTime() - started) / 1e9;
            Report report = new Report(size, rows, filed.versions(), size.meetings(), filed.drafts(), filed.filers(),
                    seconds);
            // the benchmark command reads this line (bench/run.sh): one format whatever the server's locale
            LOG.info(String.format(Locale.ROOT, "Scale data %s 4/4 loaded: %,d rows in %.1f s (%,.0f rows/s);"
                    + " versions: %,d in %.1f s; %,d meetings", size, rows, seconds, report.rowsPerSecond(),
                    report.versions(), filingSeconds, report.meetings()));
            audit.recordAs("system", AuditAction.SCALE_DATA_LOADED, "Register", null, String.format(Locale.ROOT,
                    "size=%s seed=%d rows=%d seconds=%.1f", size, SEED, rows, seconds));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Scale data could not be written: " + e.getSQLState(), e);
        }
    }

    /** The register's obligations now run from the scale data's first year (the setting the rules read). */
    private static void firstYear(Connection connection, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE register_setting SET value = ?,"
                + " updated_at = UTC_TIMESTAMP(6) WHERE name = ?")) {
            update.setString(1, Integer.toString(year));
            update.setString(2, RegistrySettings.FIRST_YEAR);
            update.executeUpdate();
        }
    }

    private static String rate(long rows, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "(%,d rows so far, %,.0f rows/s)", rows, rows / Math.max(seconds, 0.001));
    }
}
