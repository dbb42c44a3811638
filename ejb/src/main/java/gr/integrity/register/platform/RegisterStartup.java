package gr.integrity.register.platform;

import gr.integrity.register.demo.DemoAccounts;
import gr.integrity.register.demo.DemoDataLoader;
import gr.integrity.register.demo.DemoDeclarations;
import gr.integrity.register.demo.DemoMeetings;
import gr.integrity.register.scale.ScaleData;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.security.Roles;
import gr.integrity.register.security.SetupService;
import gr.integrity.register.lobbying.MeetingBackfill;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.jboss.logging.Logger;

/**
 * What happens once the schema is in place: imports cut off by a stop are marked interrupted, the demo data is
 * loaded on first start when asked for (the embedded run asks; an external database is never filled unless
 * REGISTER_DEMO_DATA says so), the first administrator is ensured, one-time work after an upgrade is started in the
 * background, and the address and demo logins are printed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("system")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegisterStartup {

    private static final Logger LOG = Logger.getLogger(RegisterStartup.class);

    @Inject
    private RegisterConfig config;

    @EJB
    private ImportService imports;

    @EJB
    private DemoDataLoader demo;

    @EJB
    private DemoDeclarations demoDeclarations;

    @EJB
    private DemoMeetings demoMeetings;

    @EJB
    private SetupService setup;

    @EJB
    private MeetingBackfill meetingBackfill;

    /** Present only when REGISTER_SCALE_DATA asks for it (ScaleDataSwitch). */
    @Inject
    private Instance<ScaleData> scaleData;

    @PostConstruct
    void start() {
        int interrupted = imports.markInterrupted();
        if (interrupted > 0) {
            LOG.infof("%d import(s) were interrupted by the last stop; they resume from the import page", interrupted);
        }
        if (config.demoData()) {
            boolean loaded = demo.loadRegistryIfEmpty();
            LOG.info(loaded ? "Demo data loaded" : "Demo data already present (or the register is not empty)");
            if (demo.isLoaded()) {
                int filed = demoDeclarations.loadIfMissing();
                if (filed > 0) {
                    LOG.infof("Demo declarations filed: %d versions", filed);
                }
                if (config.demoMeetings() && demoMeetings.importIfMissing()) {
                    LOG.info("Demo data: importing the European Commission's 12,482 meetings in the background");
                }
                config.scaleData().filter(size -> scaleData.isResolvable())
                        .ifPresent(size -> scaleData.get().loadInBackground(size));
            }
        }
        setup.ensureAdministrator();
        meetingBackfill.policyAreasInBackground();
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Integrity Register is starting at ").append(config.baseUrl()).append("/\n");
        if (config.demoData() && demo.isLoaded()) {
            banner.append("  Demo accounts (user / password):\n");
            for (DemoAccounts.Demo account : DemoAccounts.ALL) {
                banner.append(String.format("    %-10s %-22s %s%n", account.username(), account.password(),
                        account.description()));
            }
        }
        LOG.info(banner);
    }
}
