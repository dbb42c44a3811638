package gr.integrity.register.interest;

import gr.integrity.register.common.Messages;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleAssertions;
import gr.integrity.register.declaration.RuleContext;
import gr.integrity.register.declaration.SectionDef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of the declaration of interests, one test each, on a declaration that is otherwise clean. */
class InterestRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Map<String, BigDecimal> THRESHOLDS = Map.of(
            InterestDeclarationKind.GIFT_THRESHOLD, BigDecimal.valueOf(150),
            InterestDeclarationKind.HOLDING_SHARE, BigDecimal.ONE,
            InterestDeclarationKind.HOLDING_VALUE, BigDecimal.valueOf(25_000));
    private static final RuleContext CONTEXT = new RuleContext(2025, LocalDate.of(1970, 5, 2),
            LocalDate.of(2026, 10, 15), TODAY, THRESHOLDS);

    private final InterestDeclarationKind kind = new InterestDeclarationKind();
    private DeclarationContent content;
    private Item position;
    private Item job;

    @BeforeEach
    void cleanDeclaration() {
        content = new DeclarationContent();
        position = item("organisation", "Πανεπιστήμιο Πατρών", "organisationId", "7", "role", "Διδάσκων",
                "paid", "PAID", "amount", "4800", "currency", "EUR", "from", "2019-09-01");
        content.items(InterestSchema.POSITIONS).add(position);
        job = item("employer", "Εθνική Τράπεζα της Ελλάδος", "employerId", "3", "role", "Οικονομολόγος",
                "workTime", "FULL_TIME", "from", "2015-03-01", "to", "2023-06-30");
        content.items(InterestSchema.EMPLOYMENT).add(job);
    }

    @Test
    void aCleanDeclarationHasNoFindings() {
        assertEquals(List.of(), check());
    }

    // --- the shared field checks apply with this type's prefix ---

    @Test
    void sharedFieldChecksCarryTheInterestPrefix() {
        position.getValues().remove("role");
        position.set("amount", "-5");
        assertError("INTEREST-001", "positions", "role");
        assertError("INTEREST-003", "positions", "amount");
    }

    @Test
    void periodsCannotBeInTheFuture() {
        position.set("from", "2027-01-01");
        assertError("INTEREST-008", "positions", "from");
    }

    @Test
    void anOrganisationNotInTheRegisterIsAWarningUntilSubmittedAsPending() {
        position.getValues().remove("organisationId");
        assertWarning("INTEREST-050", "positions");
        Finding finding = check().stream().filter(f -> f.code().equals("INTEREST-050")).findFirst().orElseThrow();
        assertTrue(Messages.text(Locale.ENGLISH, finding.messageKey(), finding.arguments()).contains("Πανεπιστήμιο Πατρών"));
    }

    // --- the declaration of interests' own rules ---

    @Test
    void aPaidActivityDeclaresAnAmountOrABand() {
        position.getValues().remove("amount");
        assertError("INTEREST-014", "positions", "amount");
        position.set("band", "B1000_5000");
        assertFalse(codes().contains("INTEREST-014"));
    }

    @Test
    void theAmountFallsInTheBandChosen() {
        position.set("band", "B10000_50000");
        assertError("INTEREST-015", "positions", "band");
        position.set("band", "B1000_5000");
        assertFalse(codes().contains("INTEREST-015"));
    }

    @Test
    void anUnpaidActivityHasNoPay() {
        position.set("paid", "UNPAID");
        assertError("INTEREST-016", "positions", "amount");
    }

    @Test
    void aGiftAboveTheThresholdNeedsGiverDateAndIsFlagged() {
        Item gift = item("giftKind", "GIFT", "description", "Ρολόι", "value", "900", "currency", "EUR");
        content.items(InterestSchema.GIFTS).add(gift);
        assertError("INTEREST-017", "gifts", "giver");
        assertError("INTEREST-018", "gifts", "date");
        assertWarning("INTEREST-019", "gifts");
        gift.set("giverPerson", "Ιωάννης Παπαδόπουλος").set("date", "2025-05-04");
        assertFalse(codes().contains("INTEREST-017"));
        assertFalse(codes().contains("INTEREST-018"));
    }

    @Test
    void aGiftBelowTheThresholdNeedsNeitherGiverNorDate() {
        content.items(InterestSchema.GIFTS).add(item("giftKind", "GIFT", "description", "Βιβλίο", "value", "40",
                "currency", "EUR"));
        assertEquals(List.of(), check());
    }

    @Test
    void theGiftThresholdIsASetting() {
        content.items(InterestSchema.GIFTS).add(item("giftKind", "HOSPITALITY", "description", "Δείπνο",
                "value", "120", "currency", "EUR", "giverPerson", "Μαρία Κ.", "date", "2025-02-02"));
        RuleContext lower = new RuleContext(2025, null, null, TODAY,
                Map.of(InterestDeclarationKind.GIFT_THRESHOLD, BigDecimal.valueOf(100)));
        assertTrue(kind.check(content, lower).stream().anyMatch(f -> f.code().equals("INTEREST-019")));
        assertFalse(codes().contains("INTEREST-019"));
    }

    @Test
    void aGiftIsDatedInTheDeclaredYear() {
        content.items(InterestSchema.GIFTS).add(item("giftKind", "GIFT", "description", "Βιβλίο", "value", "40",
                "currency", "EUR", "date", "2024-12-20"));
        assertWarning("INTEREST-020", "gifts");
    }

    @Test
    void aHoldingBelowBothThresholdsNeedNotBeDeclared() {
        Item holding = item("company", "ΟΠΑΠ Α.Ε.", "companyId", "9", "share", "0,01", "value", "3000",
                "currency", "EUR", "owner", "DECLARANT");
        content.items(InterestSchema.HOLDINGS).add(holding);
        assertWarning("INTEREST-021", "holdings");
        holding.set("value", "30000");
        assertFalse(codes().contains("INTEREST-021"));
    }

    @Test
    void aHoldingStatesItsShareOrValue() {
        content.items(InterestSchema.HOLDINGS).add(item("company", "ΟΠΑΠ Α.Ε.", "companyId", "9", "currency", "EUR",
                "owner", "DECLARANT"));
        assertError("INTEREST-022", "holdings", "share");
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        job.set("to", "2014-01-01");
        assertError("INTEREST-023", "employment", "to");
    }

    @Test
    void fullTimeEmploymentsThatOverlapAreConfirmed() {
        content.items(InterestSchema.EMPLOYMENT).add(item("employer", "ΔΕΗ Α.Ε.", "employerId", "4",
                "role", "Μηχανικός", "workTime", "FULL_TIME", "from", "2023-01-01"));
        assertWarning("INTEREST-024", "employment");
        content.items(InterestSchema.EMPLOYMENT).get(1).set("workTime", "PART_TIME");
        assertFalse(codes().contains("INTEREST-024"));
    }

    @Test
    void employmentOlderThanFiveYearsNeedNotBeDeclared() {
        job.set("to", "2019-12-31");
        assertWarning("INTEREST-025", "employment");
        job.set("to", "2021-01-01");
        assertFalse(codes().contains("INTEREST-025"));
    }

    @Test
    void theSameItemTwiceIsAWarning() {
        content.items(InterestSchema.POSITIONS).add(position.copy(false));
        assertWarning("INTEREST-026", "positions");
    }

    @Test
    void travelPaidByOthersStatesItsValue() {
        Item trip = item("payer", "Ένωση Εφοπλιστών", "payerId", "11", "destination", "Λονδίνο",
                "purpose", "Συνέδριο ναυτιλίας", "from", "2025-06-01", "to", "2025-06-03", "currency", "EUR");
        content.items(InterestSchema.TRAVEL).add(trip);
        assertError("INTEREST-027", "travel", "value");
        trip.set("band", "B1000_5000");
        assertFalse(codes().contains("INTEREST-027"));
    }

    @Test
    void filingAfterTheDeadlineIsAcceptedWithAWarning() {
        RuleContext late = new RuleContext(2025, null, LocalDate.of(2026, 3, 9), TODAY, THRESHOLDS);
        assertTrue(kind.check(content, late).stream().anyMatch(f -> f.code().equals("INTEREST-028") && !f.isError()));
    }

    @Test
    void anEmptyDeclarationIsConfirmedAsSuch() {
        content = new DeclarationContent();
        assertWarning("INTEREST-029", "header");
    }

    @Test
    void nextYearsDraftKeepsWhatStillHolds() {
        position.set("to", "2024-06-30");
        content.items(InterestSchema.BOARDS).add(item("organisation", "Ίδρυμα Ωνάση", "boardRole", "ADVISORY",
                "paid", "UNPAID", "currency", "EUR", "from", "2020-01-01"));
        content.items(InterestSchema.GIFTS).add(item("giftKind", "GIFT", "description", "Βιβλίο", "value", "40"));
        DeclarationContent next = kind.newDraft(2025, content);
        assertTrue(next.items(InterestSchema.POSITIONS).isEmpty(), "a position that ended in 2024 is not carried over");
        assertEquals(1, next.items(InterestSchema.BOARDS).size());
        assertEquals(1, next.items(InterestSchema.EMPLOYMENT).size(), "employment of the last five years stays");
        assertTrue(next.items(InterestSchema.GIFTS).isEmpty(), "last year's gifts are last year's");
    }

    @Test
    void everyRuleAndLabelHasItsTextInGreekAndEnglish() {
        for (int n = 14; n <= 29; n++) {
            RuleAssertions.assertBothLanguages("rule.INTEREST-0" + n);
        }
        RuleAssertions.assertBothLanguages("check.NEW_ORGANISATION");
        for (FieldDef field : InterestSchema.SCHEMA.headerFields()) {
            if (field.isEditable()) {
                RuleAssertions.assertBothLanguages(InterestSchema.SCHEMA.labelKey("header", field.name()));
            }
        }
        for (SectionDef section : InterestSchema.SCHEMA.sections()) {
            RuleAssertions.assertBothLanguages(InterestSchema.SCHEMA.sectionLabelKey(section.name()));
            for (FieldDef field : section.fields()) {
                if (field.type() == FieldType.ORGANISATION_ID) {
                    continue;
                }
                assertTrue(Messages.has(InterestSchema.SCHEMA.labelKey(section.name(), field.name())), field.name());
                for (String choice : field.choices()) {
                    RuleAssertions.assertBothLanguages("choice." + field.name() + "." + choice);
                }
            }
        }
    }


    private static Item item(String... pairs) {
        return RuleAssertions.item(pairs);
    }

    private List<Finding> check() {
        return kind.check(content, CONTEXT);
    }

    private List<String> codes() {
        return check().stream().map(Finding::code).toList();
    }

    private void assertError(String code, String section, String field) {
        RuleAssertions.assertError(check(), code, section, field);
    }

    private void assertWarning(String code, String section) {
        RuleAssertions.assertWarning(check(), code, section);
    }
}
