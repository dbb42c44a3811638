package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the filing obligations of one person from their mandates, after Law 5026/2023 with the settings an ADMIN
 * keeps:
 * <ul>
 * <li>an initial declaration on taking office (when not already holding an obliged post the day before), due the
 * category's number of days (90) counted from the 16th of the following month;</li>
 * <li>an annual declaration for every tax year in office, due some months (3) after the next year's income tax
 * return deadline;</li>
 * <li>final declarations for the years after leaving office (2, or 3 for political persons, mayors, regional
 * governors and judges), unless another post keeps the person in office.</li>
 * </ul>
 * A declaration of interests is owed alongside the asset declaration where the category requires one.
 * Pure logic: no database, no clock but the {@code today} it is given.
 */
public final class ObligationRules {

    private ObligationRules() {
    }

    /** Settings from {@code register_setting}. */
    public record Settings(MonthDay taxReturnDeadline, int annualMonthsAfterTaxDeadline, int firstYear,
                           int initialCountFromDay) {

        public static final Settings GREEK_DEFAULTS = new Settings(MonthDay.of(7, 15), 3, 2023, 16);

        /** The deadline of the annual (or final) declaration for a tax year. */
        public LocalDate annualDeadline(int taxYear) {
            return taxReturnDeadline.atYear(taxYear + 1).plusMonths(annualMonthsAfterTaxDeadline);
        }

        /** The deadline of the initial declaration for someone taking office on a day. */
        public LocalDate initialDeadline(LocalDate tookOffice, int days) {
            LocalDate countFrom = tookOffice.plusMonths(1).withDayOfMonth(Math.min(initialCountFromDay, 28));
            return countFrom.plusDays(days);
        }
    }

    /** What the rules need to know of one category's policy. */
    public record Policy(int initialDays, int finalYears, boolean interestRequired) {
    }

    /** What the rules need to know of one mandate. */
    public record MandateFacts(long mandateId, LocalDate start, LocalDate end, ObligedCategory category,
                               Integer finalYearsOverride) {
    }

    /** One obligation, before it is stored. */
    public record Derived(DeclarationType type, ObligationKind kind, int periodYear, ObligedCategory category,
                          long mandateId, LocalDate deadline) {

        public String key() {
            return type + "/" + kind + "/" + periodYear;
        }
    }

    public static List<Derived> derive(List<MandateFacts> mandates, Map<ObligedCategory, Policy> policies,
                                       Settings settings, LocalDate today) {
        Map<String, Derived> result = new LinkedHashMap<>();
        List<MandateFacts> sorted = new ArrayList<>(mandates);
        sorted.sort(Comparator.comparing(MandateFacts::start));

        // years in office, each with the mandate whose category weighs most that year
        TreeMap<Integer, MandateFacts> yearsInOffice = new TreeMap<>();
        for (MandateFacts m : sorted) {
            if (m.start().isAfter(today)) {
                continue;
            }
            int last = m.end() == null ? today.getYear() : Math.min(m.end().getYear(), today.getYear());
            for (int year = Math.max(m.start().getYear(), settings.firstYear()); year <= last; year++) {
                yearsInOffice.merge(year, m, ObligationRules::weightier);
            }
        }

        for (MandateFacts m : sorted) {
            if (m.start().isAfter(today) || m.start().getYear() < settings.firstYear()) {
                continue;
            }
            if (heldOtherPostTheDayBefore(m, sorted)) {
                continue;
            }
            Policy policy = policies.get(m.category());
            LocalDate due = settings.initialDeadline(m.start(), policy.initialDays());
            add(result, m, policy, ObligationKind.INITIAL, m.start().getYear(), due);
        }

        yearsInOffice.forEach((year, m) ->
                add(result, m, policies.get(m.category()), ObligationKind.ANNUAL, year, settings.annualDeadline(year)));

        for (MandateFacts m : sorted) {
            if (m.end() == null || m.end().isAfter(today)) {
                continue;
            }
            Policy policy = policies.get(m.category());
            int years = m.finalYearsOverride() != null ? m.finalYearsOverride() : policy.finalYears();
            for (int k = 1; k <= years; k++) {
                int year = m.end().getYear() + k;
                if (year > today.getYear() || year < settings.firstYear() || yearsInOffice.containsKey(year)) {
                    continue;
                }
                add(result, m, policy, ObligationKind.FINAL, year, settings.annualDeadline(year));
            }
        }
        return new ArrayList<>(result.values());
    }

    private static void add(Map<String, Derived> result, MandateFacts m, Policy policy, ObligationKind kind,
                            int year, LocalDate deadline) {
        put(result, new Derived(DeclarationType.ASSET, kind, year, m.category(), m.mandateId(), deadline));
        if (policy.interestRequired()) {
            put(result, new Derived(DeclarationType.INTEREST, kind, year, m.category(), m.mandateId(), deadline));
        }
    }

    /** One obligation per key: of two candidates the earlier deadline wins. */
    private static void put(Map<String, Derived> result, Derived candidate) {
        result.merge(candidate.key(), candidate,
                (existing, next) -> next.deadline().isBefore(existing.deadline()) ? next : existing);
    }

    private static boolean heldOtherPostTheDayBefore(MandateFacts m, List<MandateFacts> all) {
        LocalDate dayBefore = m.start().minusDays(1);
        for (MandateFacts other : all) {
            if (other == m) {
                continue;
            }
            boolean active = !other.start().isAfter(dayBefore) && (other.end() == null || !other.end().isBefore(dayBefore));
            if (active) {
                return true;
            }
        }
        return false;
    }

    /** The category listed first in {@link ObligedCategory} (political persons) carries the stricter rules. */
    private static MandateFacts weightier(MandateFacts a, MandateFacts b) {
        return b.category().ordinal() < a.category().ordinal() ? b : a;
    }
}
