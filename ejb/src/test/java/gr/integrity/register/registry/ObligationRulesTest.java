package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObligationRulesTest {

    private static final ObligationRules.Settings SETTINGS = ObligationRules.Settings.GREEK_DEFAULTS;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Map<ObligedCategory, ObligationRules.Policy> policies() {
        Map<ObligedCategory, ObligationRules.Policy> policies = new EnumMap<>(ObligedCategory.class);
        for (ObligedCategory c : ObligedCategory.values()) {
            policies.put(c, new ObligationRules.Policy(90, c == ObligedCategory.POLITICAL ? 3 : 2,
                    c == ObligedCategory.POLITICAL));
        }
        return policies;
    }

    private static ObligationRules.MandateFacts mandate(long id, String start, String end, ObligedCategory category) {
        return new ObligationRules.MandateFacts(id, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                category, null);
    }

    private static ObligationRules.Derived find(List<ObligationRules.Derived> all, DeclarationType type,
                                                ObligationKind kind, int year) {
        return all.stream().filter(d -> d.type() == type && d.kind() == kind && d.periodYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("missing " + type + " " + kind + " " + year));
    }

    private static boolean has(List<ObligationRules.Derived> all, ObligationKind kind, int year) {
        return all.stream().anyMatch(d -> d.kind() == kind && d.periodYear() == year);
    }

    @Test
    void initialDeclarationIsDue90DaysFromThe16thOfTheNextMonth() {
        var derived = ObligationRules.derive(List.of(mandate(1, "2024-03-05", null, ObligedCategory.PUBLIC_SECTOR)),
                policies(), SETTINGS, TODAY);

        // counted from 16 April 2024: 90 days later is 15 July 2024
        assertEquals(LocalDate.of(2024, 7, 15), find(derived, DeclarationType.ASSET, ObligationKind.INITIAL, 2024).deadline());
    }

    @Test
    void annualDeclarationsForEveryYearInOfficeDueThreeMonthsAfterTheTaxReturnDeadline() {
        var derived = ObligationRules.derive(List.of(mandate(1, "2024-03-05", null, ObligedCategory.PUBLIC_SECTOR)),
                policies(), SETTINGS, TODAY);

        assertEquals(LocalDate.of(2025, 10, 15), find(derived, DeclarationType.ASSET, ObligationKind.ANNUAL, 2024).deadline());
        assertEquals(LocalDate.of(2026, 10, 15), find(derived, DeclarationType.ASSET, ObligationKind.ANNUAL, 2025).deadline());
        assertTrue(has(derived, ObligationKind.ANNUAL, 2026));
        assertFalse(has(derived, ObligationKind.ANNUAL, 2023));
    }

    @Test
    void politicalPersonsAlsoOweADeclarationOfInterestsAndThreeFinalYears() {
        var derived = ObligationRules.derive(List.of(mandate(1, "2023-07-01", "2023-12-31", ObligedCategory.POLITICAL)),
                policies(), SETTINGS, TODAY);

        assertTrue(derived.stream().anyMatch(d -> d.type() == DeclarationType.INTEREST && d.kind() == ObligationKind.INITIAL));
        assertTrue(has(derived, ObligationKind.FINAL, 2024));
        assertTrue(has(derived, ObligationKind.FINAL, 2025));
        assertTrue(has(derived, ObligationKind.FINAL, 2026));
        assertFalse(has(derived, ObligationKind.FINAL, 2027));
    }

    @Test
    void othersFileFinalDeclarationsForTwoYears() {
        var derived = ObligationRules.derive(List.of(mandate(1, "2023-01-10", "2023-06-30", ObligedCategory.MEDIA)),
                policies(), SETTINGS, TODAY);

        assertTrue(has(derived, ObligationKind.FINAL, 2024));
        assertTrue(has(derived, ObligationKind.FINAL, 2025));
        assertFalse(has(derived, ObligationKind.FINAL, 2026));
        assertTrue(derived.stream().noneMatch(d -> d.type() == DeclarationType.INTEREST));
    }

    @Test
    void aPostsOwnFinalYearsOverrideTheCategory() {
        var mayor = new ObligationRules.MandateFacts(1, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"),
                ObligedCategory.LOCAL_GOVERNMENT, 3);
        var derived = ObligationRules.derive(List.of(mayor), policies(), SETTINGS, TODAY);

        assertTrue(has(derived, ObligationKind.FINAL, 2026));
    }

    @Test
    void oneObligationPerPeriodHoweverManyPostsRequireIt() {
        var derived = ObligationRules.derive(List.of(
                mandate(1, "2023-06-25", null, ObligedCategory.POLITICAL),
                mandate(2, "2023-06-27", null, ObligedCategory.POLITICAL)), policies(), SETTINGS, TODAY);

        assertEquals(1, derived.stream().filter(d -> d.type() == DeclarationType.ASSET
                && d.kind() == ObligationKind.ANNUAL && d.periodYear() == 2024).count());
        // the second post began while the first was held: no second initial declaration
        assertEquals(1, derived.stream().filter(d -> d.type() == DeclarationType.ASSET
                && d.kind() == ObligationKind.INITIAL).count());
    }

    @Test
    void anotherPostHeldAfterLeavingReplacesTheFinalDeclarations() {
        var derived = ObligationRules.derive(List.of(
                mandate(1, "2023-06-25", "2024-06-13", ObligedCategory.POLITICAL),
                mandate(2, "2024-06-14", null, ObligedCategory.SECRETARY_GENERAL)), policies(), SETTINGS, TODAY);

        assertFalse(has(derived, ObligationKind.FINAL, 2025));
        assertTrue(has(derived, ObligationKind.ANNUAL, 2025));
    }

    @Test
    void yearsBeforeTheFirstYearAndFutureMandatesOweNothing() {
        var derived = ObligationRules.derive(List.of(
                mandate(1, "2015-01-01", "2019-12-31", ObligedCategory.PUBLIC_SECTOR),
                mandate(2, "2027-01-01", null, ObligedCategory.PUBLIC_SECTOR)), policies(), SETTINGS, TODAY);

        assertTrue(derived.isEmpty());
    }

    @Test
    void changedSettingsMoveTheDeadlines() {
        var settings = new ObligationRules.Settings(MonthDay.of(7, 31), 4, 2023, 16);
        var derived = ObligationRules.derive(List.of(mandate(1, "2024-01-01", null, ObligedCategory.MEDIA)),
                policies(), settings, TODAY);

        assertEquals(LocalDate.of(2025, 11, 30), find(derived, DeclarationType.ASSET, ObligationKind.ANNUAL, 2024).deadline());
    }
}
