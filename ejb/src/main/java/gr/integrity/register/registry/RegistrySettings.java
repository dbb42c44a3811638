package gr.integrity.register.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;

/** Reads the settings and category policies that obligations are derived with. */
@Dependent
public class RegistrySettings {

    public static final String TAX_RETURN_DEADLINE = "obligation.taxReturnDeadline";
    public static final String ANNUAL_MONTHS = "obligation.annualMonthsAfterTaxDeadline";
    public static final String FIRST_YEAR = "obligation.firstYear";
    public static final String INITIAL_COUNT_FROM_DAY = "obligation.initialCountFromDay";
    public static final String CORRECTION_GRACE_DAYS = "declaration.correctionGraceDays";
    public static final String ANNUAL_RETURN_DEADLINE = "return.annualDeadline";

    @PersistenceContext
    private EntityManager em;

    public ObligationRules.Settings obligationSettings() {
        ObligationRules.Settings defaults = ObligationRules.Settings.GREEK_DEFAULTS;
        return new ObligationRules.Settings(
                monthDayValue(TAX_RETURN_DEADLINE, MonthDay.of(7, 15)),
                intValue(ANNUAL_MONTHS, defaults.annualMonthsAfterTaxDeadline()),
                intValue(FIRST_YEAR, defaults.firstYear()),
                intValue(INITIAL_COUNT_FROM_DAY, defaults.initialCountFromDay()));
    }

    public Map<ObligedCategory, ObligationRules.Policy> policies() {
        Map<ObligedCategory, ObligationRules.Policy> policies = new EnumMap<>(ObligedCategory.class);
        for (CategoryPolicy p : em.createQuery("select p from CategoryPolicy p", CategoryPolicy.class).getResultList()) {
            policies.put(p.getCategory(), new ObligationRules.Policy(p.getInitialDays(), p.getFinalYears(),
                    p.isInterestRequired()));
        }
        for (ObligedCategory category : ObligedCategory.values()) {
            policies.putIfAbsent(category, new ObligationRules.Policy(90, 2, false));
        }
        return policies;
    }

    /** Days after a submission within which a correction is never late (and so owes no fee). */
    public int correctionGraceDays() {
        return intValue(CORRECTION_GRACE_DAYS, 30);
    }

    /**
     * The day a year's annual lobbying returns are due: the setting's month and day (MM-DD) of the next year, by
     * default the end of May, when law 4829/2021 has institutions declare the lobbying they received; the register
     * asks the same of interest representatives, so that the two can be reconciled.
     */
    public LocalDate annualReturnDeadline(int periodYear) {
        return monthDayValue(ANNUAL_RETURN_DEADLINE, MonthDay.of(5, 31)).atYear(periodYear + 1);
    }

    public String value(String name, String fallback) {
        RegisterSetting setting = em.find(RegisterSetting.class, name);
        return setting == null ? fallback : setting.getValue();
    }

    /** A day of the year kept as MM-DD (validated when an ADMIN changes it); the fallback if none or unreadable. */
    private MonthDay monthDayValue(String name, MonthDay fallback) {
        try {
            return MonthDay.parse("--" + value(name, fallback.toString().substring(2)).trim());
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    private int intValue(String name, int fallback) {
        try {
            return Integer.parseInt(value(name, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
