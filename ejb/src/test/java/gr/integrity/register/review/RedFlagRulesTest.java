package gr.integrity.register.review;

import gr.integrity.register.asset.AssetDeclarationKind;
import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.interest.InterestDeclarationKind;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.lobbying.MeetingSchema;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each red flag with data that raises it and data that does not, and the figures its explanation gives. */
class RedFlagRulesTest {

    private static final Map<String, BigDecimal> SETTINGS = Map.of(
            AssetDeclarationKind.LARGE_CASH, new BigDecimal("15000"),
            InterestDeclarationKind.GIFT_THRESHOLD, new BigDecimal("150"),
            AssetFlagChecks.LIVING_ALLOWANCE, new BigDecimal("12000"));

    @Test
    void unexplainedWealthIsGrowthBeyondIncomeLessLiving() {
        Subject s = new Subject(DeclarationType.ASSET).figures("netAssets", "250000", "income", "40000")
                .previousYear(2024, "netAssets", "150000");
        List<RaisedFlag> raised = flags("UNEXPLAINED_WEALTH", s);
        assertEquals(1, raised.size());
        // grew 100,000; income 40,000 less 12,000 living explains 28,000; 72,000 unexplained
        assertEquals(List.of("100000", "2024", "150000", "250000", "40000", "12000", "72000"), raised.get(0).arguments());
        assertEquals(AssetSchema.INCOME, raised.get(0).section());

        assertTrue(flags("UNEXPLAINED_WEALTH", s.figures("netAssets", "170000", "income", "40000")).isEmpty(),
                "growth of 20,000 within 28,000 of income after living");
        assertTrue(flags("UNEXPLAINED_WEALTH", new Subject(DeclarationType.ASSET).figures("netAssets", "250000")).isEmpty(),
                "a first declaration has nothing to compare with");
    }

    @Test
    void assetsAboveTenTimesIncome() {
        assertEquals(List.of("500001", "50000"), flags("ASSETS_ABOVE_INCOME",
                new Subject(DeclarationType.ASSET).figures("assets", "500001", "income", "50000")).get(0).arguments());
        assertTrue(flags("ASSETS_ABOVE_INCOME", new Subject(DeclarationType.ASSET)
                .figures("assets", "500000", "income", "50000")).isEmpty());
    }

    @Test
    void largeCashAboveTheThresholdPointsAtTheCash() {
        Subject s = new Subject(DeclarationType.ASSET).figures("cash", "20000");
        DeclarationContent.Item cash = new DeclarationContent.Item().set("kind", "CASH").set("amount", "20000");
        s.content.items(AssetSchema.DEPOSITS).add(cash);
        RaisedFlag raised = flags("LARGE_CASH", s).get(0);
        assertEquals(List.of("20000", "15000"), raised.arguments());
        assertEquals(cash.getId(), raised.itemId());
        assertTrue(flags("LARGE_CASH", new Subject(DeclarationType.ASSET).figures("cash", "15000")).isEmpty());
    }

    @Test
    void eachLoanOutsideBanksIsFlagged() {
        Subject s = new Subject(DeclarationType.ASSET);
        s.content.items(AssetSchema.LIABILITIES).add(new DeclarationContent.Item().set("lender", "Εθνική Τράπεζα")
                .set("lenderKind", "BANK").set("amount", "90000").set("currency", "EUR"));
        s.content.items(AssetSchema.LIABILITIES).add(new DeclarationContent.Item().set("lender", "Γ. Παπαδόπουλος")
                .set("lenderKind", "INDIVIDUAL").set("amount", "30000").set("currency", "EUR"));
        List<RaisedFlag> raised = flags("NON_BANK_LOAN", s);
        assertEquals(1, raised.size());
        assertEquals(List.of("Γ. Παπαδόπουλος", "30000", "EUR"), raised.get(0).arguments());
    }

    @Test
    void loweringAssetsAfterReviewBeganIsFlaggedBeforeItIsNot() {
        Subject lowered = new Subject(DeclarationType.ASSET).figures("assets", "80000").version(2)
                .previousVersion("assets", "100000");
        assertTrue(flags("ASSETS_LOWERED_IN_REVIEW", lowered).isEmpty(), "review had not begun");
        lowered.reviewStarted = true;
        assertEquals(List.of("1", "100000", "80000", "20000"), flags("ASSETS_LOWERED_IN_REVIEW", lowered).get(0).arguments());
        Subject raisedAssets = new Subject(DeclarationType.ASSET).figures("assets", "120000").version(2)
                .previousVersion("assets", "100000");
        raisedAssets.reviewStarted = true;
        assertTrue(flags("ASSETS_LOWERED_IN_REVIEW", raisedAssets).isEmpty());
    }

    @Test
    void giftsAboveTheThreshold() {
        Subject s = new Subject(DeclarationType.INTEREST);
        s.content.items(InterestSchema.GIFTS).add(new DeclarationContent.Item().set("giver", "Ένωση Εφοπλιστών")
                .set("value", "400").set("currency", "EUR"));
        s.content.items(InterestSchema.GIFTS).add(new DeclarationContent.Item().set("giverPerson", "Φίλος")
                .set("value", "150").set("currency", "EUR"));
        List<RaisedFlag> raised = flags("GIFT_ABOVE_THRESHOLD", s);
        assertEquals(1, raised.size());
        assertEquals(List.of("Ένωση Εφοπλιστών", "400", "EUR", "150"), raised.get(0).arguments());
    }

    @Test
    void aMeetingWithAnOrganisationOfDeclaredInterestOrACoolingOffLobbyist() {
        Subject s = new Subject(DeclarationType.MEETING);
        s.content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item()
                .set("organisation", "ΔΕΗ").set("organisationId", "7"));
        s.content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item()
                .set("organisation", "Σύμβουλοι Αιγαίου").set("organisationId", "9"));
        s.interests = Set.of(7L);
        s.coolingOff = Map.of(9L, List.of("Δ. Αλεξίου, Γενικός Γραμματέας, 2027-11-26"));
        assertEquals(List.of("ΔΕΗ"), flags("MEETING_WITH_INTEREST", s).get(0).arguments());
        assertEquals(List.of("Σύμβουλοι Αιγαίου", "Δ. Αλεξίου, Γενικός Γραμματέας, 2027-11-26"),
                flags("LOBBYIST_COOLING_OFF", s).get(0).arguments());
        s.interests = Set.of();
        s.coolingOff = Map.of();
        assertTrue(flags("MEETING_WITH_INTEREST", s).isEmpty());
        assertTrue(flags("LOBBYIST_COOLING_OFF", s).isEmpty());
    }

    @Test
    void aDeclarationOfInterestsNamingAnOrganisationTheOfficialMetIsFlaggedOncePerMeetingWhereItIsNamed() {
        Subject s = new Subject(DeclarationType.INTEREST);
        // the spouse's employer is a header field: it counts as much as a board seat
        s.content.getHeader().put("spouseEmployer", "ΔΕΗ");
        s.content.getHeader().put("spouseEmployerId", "7");
        DeclarationContent.Item board = new DeclarationContent.Item("b1").set("organisation", "Σύμβουλοι Αιγαίου")
                .set("organisationId", "9");
        s.content.items(InterestSchema.BOARDS).add(board);
        s.content.items(InterestSchema.MEMBERSHIPS).add(new DeclarationContent.Item("m1")
                .set("organisation", "Σύμβουλοι Αιγαίου").set("organisationId", "9"));
        s.meetings = List.of(new FlagSubject.MeetingHeld(31L, LocalDate.of(2026, 3, 2), 7L),
                new FlagSubject.MeetingHeld(32L, LocalDate.of(2026, 5, 4), 9L),
                new FlagSubject.MeetingHeld(33L, LocalDate.of(2026, 6, 1), 11L));
        List<RaisedFlag> raised = flags("INTEREST_MET_ORGANISATION", s);
        assertEquals(2, raised.size(), "one per meeting with an organisation named, however often it is named");
        assertEquals(List.of("ΔΕΗ", "2026-03-02"), raised.get(0).arguments());
        assertEquals("header", raised.get(0).section());
        assertEquals(List.of("Σύμβουλοι Αιγαίου", "2026-05-04"), raised.get(1).arguments());
        assertEquals(InterestSchema.BOARDS, raised.get(1).section());
        assertEquals("b1", raised.get(1).itemId());

        s.meetings = List.of();
        assertTrue(flags("INTEREST_MET_ORGANISATION", s).isEmpty());
        s.type = DeclarationType.MEETING;
        s.meetings = List.of(new FlagSubject.MeetingHeld(31L, LocalDate.of(2026, 3, 2), 7L));
        assertTrue(flags("INTEREST_MET_ORGANISATION", s).isEmpty(), "only declarations of interests");
    }

    @Test
    void aPrivateLookingValueInAPublicFieldIsFlaggedWhereItIs() {
        Subject s = new Subject(DeclarationType.MEETING);
        s.content.getHeader().put("subject", "Ρύθμιση οφειλών της εταιρείας με ΑΦΜ 123456783");
        RaisedFlag raised = flags("PRIVATE_LOOKING_TEXT", s).get(0);
        assertEquals(List.of("subject"), raised.arguments());
        assertEquals("header", raised.section());

        s.content.getHeader().put("subject", "Ρύθμιση οφειλών για 123456789 ευρώ");
        assertTrue(flags("PRIVATE_LOOKING_TEXT", s).isEmpty(), "nine digits whose check digit fails are no tax number");
    }

    @Test
    void lateFilingAndRulesThatDoNotApplyToTheType() {
        Subject late = new Subject(DeclarationType.INTEREST);
        late.late = true;
        assertEquals(1, flags("LATE_FILING", late).size());
        assertTrue(flags("LATE_FILING", new Subject(DeclarationType.INTEREST)).isEmpty());
        assertTrue(flags("LARGE_CASH", new Subject(DeclarationType.INTEREST).figures("cash", "99999")).isEmpty(),
                "asset flags look at asset declarations only");
    }

    private static List<RaisedFlag> flags(String code, Subject subject) {
        return RedFlagCatalogue.RULES.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow()
                .check(subject.build());
    }

    /** A submitted version as the rules see it, built up by each test. */
    private static final class Subject {
        DeclarationType type;
        final DeclarationContent content = new DeclarationContent();
        Map<String, BigDecimal> figures = new HashMap<>();
        Map<String, BigDecimal> previousVersion;
        Map<String, BigDecimal> previousYear;
        Integer year;
        int versionNo = 1;
        boolean reviewStarted;
        boolean late;
        Set<Long> interests = Set.of();
        Map<Long, List<String>> coolingOff = Map.of();
        List<FlagSubject.MeetingHeld> meetings = List.of();

        Subject(DeclarationType type) {
            this.type = type;
        }

        Subject figures(String... pairs) {
            figures = map(pairs);
            return this;
        }

        Subject previousYear(int year, String... pairs) {
            this.year = year;
            previousYear = map(pairs);
            return this;
        }

        Subject previousVersion(String... pairs) {
            previousVersion = map(pairs);
            return this;
        }

        Subject version(int versionNo) {
            this.versionNo = versionNo;
            return this;
        }

        FlagSubject build() {
            return new FlagSubject(1L, type, 2L, versionNo, content, figures, previousVersion, year, previousYear,
                    reviewStarted, late, LocalDate.of(2026, 11, 26), SETTINGS, new FlagSubject.Lookups() {
                        @Override
                        public Set<Long> declaredInterests(long personId) {
                            return interests;
                        }

                        @Override
                        public List<String> coolingOffLobbyists(long organisationId) {
                            return coolingOff.getOrDefault(organisationId, List.of());
                        }

                        @Override
                        public List<FlagSubject.MeetingHeld> meetingsWith(long personId, Set<Long> organisationIds) {
                            return meetings.stream().filter(m -> organisationIds.contains(m.organisationId())).toList();
                        }
                    });
        }

        private static Map<String, BigDecimal> map(String... pairs) {
            Map<String, BigDecimal> map = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], new BigDecimal(pairs[i + 1]));
            }
            return map;
        }
    }
}
