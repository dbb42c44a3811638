package gr.integrity.register.demo;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.registry.ObligationRules;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.RecordSource;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountRegistry;
import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.PasswordHasher;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Loads the demo register into an empty database. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    public static final long SEED = 20_260_101L;
    public static final int OFFICIALS = 360;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/RegisterDS")
    private DataSource dataSource;

    @Inject
    private RegistrySettings settings;

    @Inject
    private AccountRegistry accounts;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    public boolean isLoaded() {
        return em.createQuery("select count(p) from Person p where p.source = :demo", Long.class)
                .setParameter("demo", RecordSource.DEMO).getSingleResult() > 0;
    }

    /** Loads the demo registry and accounts in one transaction, if the register holds no one yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean loadRegistryIfEmpty() {
        long people = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
        if (people > 0) {
            return false;
        }
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        try (Connection connection = dataSource.getConnection()) {
            LOG.info("Demo data 1/3: institutions, posts, officials and mandates");
            RegistryGenerator.Registry registry = RegistryGenerator.generate(SEED, OFFICIALS,
                    RegistryBulkWriter.nextIds(connection), today);
            RegistryBulkWriter writer = new RegistryBulkWriter(connection, RecordSource.DEMO);
            writer.write(registry);
            LOG.info("Demo data 2/3: obligations derived from the mandates");
            ObligationRules.Settings rules = settings.obligationSettings();
            int obligations = writer.writeObligations(registry, settings.policies(), rules, today);
            LOG.infof("Demo data 3/3: demo accounts (%d institutions, %d officials, %d mandates, %d obligations)",
                    registry.institutions().size(), registry.persons().size(), registry.mandates().size(), obligations);
            createAccounts(registry);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be written: " + e.getSQLState(), e);
        }
        audit.record(AuditAction.DEMO_DATA_LOADED, "Register", null, "seed=" + SEED);
        return true;
    }

    private void createAccounts(RegistryGenerator.Registry registry) {
        List<RegistryGenerator.PersonRow> persons = registry.persons();
        // the generator's second person is the first minister, a member of parliament comes later
        long minister = persons.get(1).id();
        long member = persons.get(persons.size() - 1 - (persons.size() > 200 ? 100 : 0)).id();
        for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
            InvitationForm form = new InvitationForm();
            form.setUsername(demo.username());
            form.setDisplayName(switch (demo.username()) {
                case "official" -> fullName(registry, minister);
                case "official2" -> fullName(registry, member);
                default -> demo.description();
            });
            form.setEmail(demo.username() + "@demo.integrity-register.gr");
            form.setRoles(EnumSet.of(demo.role()));
            if (demo.role() == Role.LIAISON) {
                form.setInstitutionId(registry.institutions().get(0).id());
            }
            form.setPersonId("official".equals(demo.username()) ? Long.valueOf(minister)
                    : "official2".equals(demo.username()) ? Long.valueOf(member) : null);
            Account account = accounts.create(form);
            account.activate(hasher.hash(demo.password().toCharArray()));
        }
    }

    private static String fullName(RegistryGenerator.Registry registry, long personId) {
        return registry.persons().stream().filter(p -> p.id() == personId).findFirst()
                .map(RegistryGenerator.PersonRow::fullName).orElse("official");
    }
}
