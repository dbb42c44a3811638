package gr.integrity.register.registry;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.fees.LateFeeBands;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;

/** Register settings and category policies, changed by ADMIN as the law changes. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SettingsService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<CategoryUnpublished> unpublished;

    public List<RegisterSetting> settings() {
        return em.createQuery("select s from RegisterSetting s order by s.name", RegisterSetting.class).getResultList();
    }

    public void changeSetting(String name, String value) {
        RegisterSetting setting = em.find(RegisterSetting.class, name);
        if (setting == null) {
            throw new NotFoundException("Setting", name);
        }
        String clean = value == null ? "" : value.strip();
        validate(name, clean);
        setting.change(clean, currentAccount.username());
        audit.record(AuditAction.SETTING_CHANGED, "Setting", name, clean);
    }

    public List<CategoryPolicy> policies() {
        return em.createQuery("select p from CategoryPolicy p order by p.category", CategoryPolicy.class).getResultList();
    }

    public void changePolicy(ObligedCategory category, int version, int initialDays, int finalYears,
                             boolean interestRequired, boolean assetsPublished, boolean interestsPublished,
                             String lateFeeBands) {
        CategoryPolicy policy = em.find(CategoryPolicy.class, category);
        if (policy == null) {
            throw new NotFoundException("CategoryPolicy", category);
        }
        if (policy.getVersion() != version) {
            throw new ConflictException("error.changedMeanwhile");
        }
        if (initialDays < 1 || initialDays > 365) {
            throw new InvalidInputException("policy.initialDaysRange", "initialDays");
        }
        if (finalYears < 0 || finalYears > 10) {
            throw new InvalidInputException("policy.finalYearsRange", "finalYears");
        }
        // written back as the register reads them, so that the page shows what it will charge
        String bands = LateFeeBands.parse(lateFeeBands).toString();
        policy.setInitialDays(initialDays);
        policy.setLateFeeBands(bands);
        policy.setFinalYears(finalYears);
        policy.setInterestRequired(interestRequired);
        if (policy.isAssetsPublished() && !assetsPublished) {
            unpublished.fire(new CategoryUnpublished(category, DeclarationType.ASSET));
        }
        if (policy.isInterestsPublished() && !interestsPublished) {
            unpublished.fire(new CategoryUnpublished(category, DeclarationType.INTEREST));
        }
        policy.setAssetsPublished(assetsPublished);
        policy.setInterestsPublished(interestsPublished);
        audit.record(AuditAction.POLICY_CHANGED, "CategoryPolicy", category,
                "initialDays=" + initialDays + " finalYears=" + finalYears + " interest=" + interestRequired
                        + " assetsPublished=" + assetsPublished + " interestsPublished=" + interestsPublished
                        + " lateFeeBands=" + bands);
    }

    private static void validate(String name, String value) {
        try {
            switch (name) {
                case RegistrySettings.TAX_RETURN_DEADLINE, RegistrySettings.ANNUAL_RETURN_DEADLINE ->
                        MonthDay.parse("--" + value);
                case RegistrySettings.ANNUAL_MONTHS -> range(value, 0, 12);
                case RegistrySettings.FIRST_YEAR -> range(value, 1990, 2100);
                case RegistrySettings.INITIAL_COUNT_FROM_DAY -> range(value, 1, 28);
                case RegistrySettings.CORRECTION_GRACE_DAYS -> range(value, 0, 365);
                case "lobbying.coolingOffMonths" -> range(value, 0, 120);
                case "meeting.documentMaxMegabytes" -> range(value, 1, 30);
                default -> {
                    if (name.endsWith("Threshold")) {
                        // the rules' thresholds: amounts in EUR, or a share in %
                        threshold(value);
                    }
                    if (value.isEmpty() || value.length() > 1000) {
                        throw new InvalidInputException("setting.invalid", "value");
                    }
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidInputException("setting.invalid", "value");
        }
    }

    private static void threshold(String value) {
        java.math.BigDecimal number = new java.math.BigDecimal(value);
        if (number.signum() < 0 || number.compareTo(java.math.BigDecimal.valueOf(1_000_000_000)) > 0) {
            throw new InvalidInputException("setting.outOfRange", "value", 0, "1.000.000.000");
        }
    }

    private static void range(String value, int min, int max) {
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new InvalidInputException("setting.outOfRange", "value", min, max);
        }
    }
}
