package gr.integrity.register.asset;

import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleAssertions;
import gr.integrity.register.declaration.RuleContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of the asset declaration, failing and passing: the code it reports, on which field, with what
 * severity, and that its message exists in Greek and English. Starts from a clean declaration (one deposit, one
 * salary) that no rule objects to, and changes one thing at a time.
 */
class AssetRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final RuleContext CONTEXT = new RuleContext(2025, LocalDate.of(1970, 5, 2),
            LocalDate.of(2026, 10, 15), TODAY, Map.of(AssetDeclarationKind.LARGE_CASH, BigDecimal.valueOf(15_000)));

    private final AssetDeclarationKind kind = new AssetDeclarationKind();
    private DeclarationContent content;
    private Item deposit;

    @BeforeEach
    void cleanDeclaration() {
        content = new DeclarationContent();
        deposit = item("kind", "DEPOSIT", "institution", "Τράπεζα Πειραιώς", "amount", "12500.50", "currency", "EUR",
                "share", "100", "owner", "DECLARANT");
        content.items(AssetSchema.DEPOSITS).add(deposit);
        content.items(AssetSchema.INCOME).add(item("source", "SALARY", "payer", "Βουλή των Ελλήνων", "amount", "41000",
                "currency", "EUR", "owner", "DECLARANT"));
    }

    @Test
    void aCleanDeclarationHasNoFindings() {
        assertEquals(List.of(), check());
    }

    // --- field checks, the same for every declaration type (ASSET-001 to 013) ---

    @Test
    void requiredFields() {
        deposit.getValues().remove("amount");
        assertError("ASSET-001", "deposits", "amount");
    }

    @Test
    void amountsMustBeNumbersInEitherConvention() {
        deposit.set("amount", "δώδεκα χιλιάδες");
        assertError("ASSET-002", "deposits", "amount");
        for (String written : List.of("12.500,50", "12,500.50", "12500,5", "1.234.567")) {
            deposit.set("amount", written);
            assertTrue(codes().isEmpty(), written);
        }
    }

    @Test
    void amountsCannotBeNegative() {
        deposit.set("amount", "-500");
        assertError("ASSET-003", "deposits", "amount");
    }

    @Test
    void amountsMustBePlausible() {
        deposit.set("amount", "5000000000000");
        assertError("ASSET-004", "deposits", "amount");
        deposit.set("amount", "999999999999");
        assertFalse(codes().contains("ASSET-004"));
    }

    @Test
    void currenciesAreIso4217() {
        deposit.set("currency", "EURO");
        assertError("ASSET-005", "deposits", "currency");
        deposit.set("currency", "usd");
        assertFalse(codes().contains("ASSET-005"));
    }

    @Test
    void sharesAreAboveZeroAndAtMostAHundred() {
        deposit.set("share", "150");
        assertError("ASSET-006", "deposits", "share");
        deposit.set("share", "0");
        assertError("ASSET-006", "deposits", "share");
        deposit.set("share", "33,33");
        assertFalse(codes().contains("ASSET-006"));
    }

    @Test
    void datesMustBeRealDates() {
        Item change = acquisition("31/02/2025");
        assertError("ASSET-007", "changes", "date");
        change.set("date", "2025-02-28");
        assertFalse(codes().contains("ASSET-007"));
    }

    @Test
    void datesCannotBeInTheFuture() {
        acquisition(TODAY.plusDays(1).toString());
        assertError("ASSET-008", "changes", "date");
    }

    @Test
    void datesCannotPrecedeTheDeclarantsBirthButARelativesBirthDateMay() {
        content.items(AssetSchema.FAMILY).add(item("relation", "SPOUSE", "fullName", "Ελένη Παπαδοπούλου",
                "birthDate", "1965-01-20"));
        assertFalse(codes().contains("ASSET-009"));
        content.items(AssetSchema.LIABILITIES).add(item("kind", "MORTGAGE", "lender", "Alpha Bank", "lenderKind", "BANK",
                "amount", "1000", "currency", "EUR", "owner", "DECLARANT"));
        RuleContext born2000 = new RuleContext(2025, LocalDate.of(2000, 1, 1), null, TODAY, Map.of());
        content.items(AssetSchema.CHANGES).add(item("change", "DISPOSAL", "asset", "Οικόπεδο", "date", "1999-06-01",
                "proceeds", "100", "currency", "EUR", "owner", "DECLARANT"));
        assertTrue(kind.check(content, born2000).stream().anyMatch(f -> f.code().equals("ASSET-009")
                && f.field().equals("date")));
    }

    @Test
    void textsHaveAMaximumLength() {
        content.items(AssetSchema.VALUABLES).add(item("description", "α".repeat(10_000), "value", "100",
                "currency", "EUR", "owner", "DECLARANT"));
        assertError("ASSET-010", "valuables", "description");
    }

    @Test
    void textsCarryNoMarkup() {
        deposit.set("institution", "<script>alert(1)</script>");
        assertError("ASSET-011", "deposits", "institution");
        deposit.set("institution", "Τράπεζα \"Πειραιώς\" & Σία");
        assertFalse(codes().contains("ASSET-011"));
    }

    @Test
    void choicesAreFromTheirList() {
        deposit.set("kind", "GOLD");
        assertError("ASSET-012", "deposits", "kind");
    }

    @Test
    void yearsAreBetween1900AndThisYear() {
        content.items(AssetSchema.VEHICLES).add(item("kind", "CAR", "makeModel", "Fiat Panda", "yearMade", "1850",
                "share", "100", "currency", "EUR", "owner", "DECLARANT"));
        assertError("ASSET-013", "vehicles", "yearMade");
    }

    // --- the asset declaration's own rules (ASSET-014 onward) ---

    @Test
    void theSameItemTwiceIsAWarning() {
        content.items(AssetSchema.DEPOSITS).add(deposit.copy(false));
        assertWarning("ASSET-014", "deposits");
    }

    @Test
    void coOwnedSharesOfOneItemCannotExceedAHundred() {
        content.items(AssetSchema.FAMILY).add(item("relation", "SPOUSE", "fullName", "Ελένη Παπαδοπούλου"));
        Item mine = home("DECLARANT", "60");
        Item spouses = home("SPOUSE", "50");
        content.items(AssetSchema.REAL_ESTATE).addAll(List.of(mine, spouses));
        assertError("ASSET-015", "realEstate", "share");
        spouses.set("share", "40");
        assertFalse(codes().contains("ASSET-015"));
    }

    @Test
    void anAcquisitionStatesItsSourceOfFunds() {
        Item change = acquisition("2025-06-01");
        change.getValues().remove("sourceOfFunds");
        assertError("ASSET-016", "changes", "sourceOfFunds");
    }

    @Test
    void aDisposalStatesItsProceeds() {
        content.items(AssetSchema.CHANGES).add(item("change", "DISPOSAL", "asset", "Αυτοκίνητο", "date", "2025-04-01",
                "currency", "EUR", "owner", "DECLARANT"));
        assertError("ASSET-017", "changes", "proceeds");
    }

    @Test
    void anAcquisitionStatesItsPrice() {
        acquisition("2025-06-01").getValues().remove("price");
        assertError("ASSET-018", "changes", "price");
    }

    @Test
    void theYearsChangesAreDatedInThatYear() {
        acquisition("2024-12-31");
        assertError("ASSET-019", "changes", "date");
    }

    @Test
    void theIncomeTotalEqualsTheSumOfTheIncomeItems() {
        content.getHeader().put("incomeTotal", "45000");
        assertError("ASSET-020", "header", "incomeTotal");
        content.getHeader().put("incomeTotal", "41.000,40");
        assertFalse(codes().contains("ASSET-020"));
    }

    @Test
    void aSpousesItemNeedsADeclaredSpouse() {
        deposit.set("owner", "SPOUSE");
        assertError("ASSET-021", "deposits", "owner");
        content.items(AssetSchema.FAMILY).add(item("relation", "PARTNER", "fullName", "Ελένη Παπαδοπούλου"));
        assertFalse(codes().contains("ASSET-021"));
    }

    @Test
    void aChildsItemNeedsADeclaredChild() {
        deposit.set("owner", "CHILD");
        assertError("ASSET-022", "deposits", "owner");
    }

    @Test
    void aDepositNamesItsBank() {
        deposit.getValues().remove("institution");
        assertError("ASSET-023", "deposits", "institution");
        deposit.set("kind", "CASH");
        assertFalse(codes().contains("ASSET-023"));
    }

    @Test
    void largeCashIsAWarning() {
        content.items(AssetSchema.DEPOSITS).add(item("kind", "CASH", "amount", "9000", "currency", "EUR",
                "share", "100", "owner", "DECLARANT"));
        assertFalse(codes().contains("ASSET-024"));
        content.items(AssetSchema.DEPOSITS).add(item("kind", "CASH", "amount", "7000", "currency", "EUR",
                "share", "100", "owner", "DECLARANT"));
        assertWarning("ASSET-024", "deposits");
    }

    @Test
    void aLoanFromOtherThanABankIsAWarning() {
        content.items(AssetSchema.LIABILITIES).add(item("kind", "PERSONAL", "lender", "Γ. Νικολάου",
                "lenderKind", "INDIVIDUAL", "amount", "20000", "currency", "EUR", "owner", "DECLARANT"));
        assertWarning("ASSET-025", "liabilities");
    }

    @Test
    void somethingAcquiredThisYearBelongsAmongTheChanges() {
        content.items(AssetSchema.VEHICLES).add(item("kind", "CAR", "makeModel", "Toyota Yaris", "yearMade", "2025",
                "acquisitionYear", "2025", "share", "100", "currency", "EUR", "owner", "DECLARANT"));
        assertWarning("ASSET-026", "vehicles");
        acquisition("2025-05-02");
        assertFalse(codes().contains("ASSET-026"));
    }

    @Test
    void aVehicleIsNotMadeAfterItWasAcquired() {
        content.items(AssetSchema.VEHICLES).add(item("kind", "CAR", "makeModel", "Toyota Yaris", "yearMade", "2020",
                "acquisitionYear", "2018", "share", "100", "currency", "EUR", "owner", "DECLARANT"));
        assertError("ASSET-027", "vehicles", "yearMade");
    }

    @Test
    void anAreaMustBePlausible() {
        Item home = home("DECLARANT", "100");
        home.set("area", "0");
        content.items(AssetSchema.REAL_ESTATE).add(home);
        assertError("ASSET-028", "realEstate", "area");
        home.set("area", "84,5");
        assertFalse(codes().contains("ASSET-028"));
    }

    @Test
    void filingAfterTheDeadlineIsAcceptedWithAWarning() {
        RuleContext late = new RuleContext(2025, null, LocalDate.of(2026, 3, 9), TODAY, Map.of());
        assertTrue(kind.check(content, late).stream().anyMatch(f -> f.code().equals("ASSET-029") && !f.isError()));
        RuleContext onTheDay = new RuleContext(2025, null, TODAY, TODAY, Map.of());
        assertTrue(kind.check(content, onTheDay).stream().noneMatch(f -> f.code().equals("ASSET-029")));
    }

    @Test
    void anEmptyDeclarationIsConfirmedAsSuch() {
        content = new DeclarationContent();
        assertWarning("ASSET-030", "header");
    }

    @Test
    void nothingIsAcquiredBeforeTheDeclarantWasBornExceptByInheritance() {
        Item home = home("DECLARANT", "100");
        home.set("acquisitionYear", "1965");
        home.set("acquisitionWay", "PURCHASE");
        content.items(AssetSchema.REAL_ESTATE).add(home);
        assertError("ASSET-031", "realEstate", "acquisitionYear");
        home.set("acquisitionWay", "INHERITANCE");
        assertFalse(codes().contains("ASSET-031"));
    }

    @Test
    void everyRuleHasItsMessageInGreekAndEnglish() {
        for (int n = 14; n <= 31; n++) {
            RuleAssertions.assertBothLanguages("rule.ASSET-0" + n);
        }
    }

    private Item acquisition(String date) {
        Item change = item("change", "ACQUISITION", "asset", "Διαμέρισμα στη Θεσσαλονίκη", "date", date,
                "price", "85000", "currency", "EUR", "sourceOfFunds", "Αποταμιεύσεις και στεγαστικό δάνειο",
                "owner", "DECLARANT");
        content.items(AssetSchema.CHANGES).add(change);
        return change;
    }

    private static Item home(String owner, String share) {
        return item("kind", "APARTMENT", "country", "Ελλάδα", "municipality", "Θεσσαλονίκης",
                "address", "Εγνατίας 12", "area", "84", "acquisitionYear", "2010", "acquisitionWay", "PURCHASE",
                "share", share, "value", "150000", "currency", "EUR", "owner", owner);
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
