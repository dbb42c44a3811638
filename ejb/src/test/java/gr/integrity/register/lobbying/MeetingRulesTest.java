package gr.integrity.register.lobbying;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleAssertions;
import gr.integrity.register.declaration.RuleContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The rules of the meeting declaration, each on a declaration that is otherwise clean. */
class MeetingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final RuleContext CONTEXT = new RuleContext(2026, LocalDate.of(1970, 5, 2), null, TODAY, Map.of());

    private final MeetingDeclarationKind kind = new MeetingDeclarationKind();
    private DeclarationContent content;

    @BeforeEach
    void cleanDeclaration() {
        content = kind.newDraft(2026, null);
        content.getHeader().put("date", "2026-03-12");
        content.getHeader().put("time", "09:30");
        content.getHeader().put("subject", "Ενεργειακή μετάβαση στα νησιά");
        content.items(MeetingSchema.ORGANISATIONS).add(RuleAssertions.item("organisation", "ΔΕΗ Α.Ε.",
                "organisationId", "4", "representatives", "Γ. Παπαδόπουλος"));
    }

    @Test
    void aCleanDeclarationHasNoFindings() {
        assertEquals(List.of(), check());
    }

    @Test
    void aMeetingIsWithAtLeastOneOrganisation() {
        content.items(MeetingSchema.ORGANISATIONS).clear();
        assertEquals("MEETING-014", check().get(0).code());
    }

    @Test
    void declaredMoreThanFifteenDaysLaterIsAcceptedAndFlagged() {
        content.getHeader().put("date", "2026-03-05");
        assertFalse(check().stream().anyMatch(f -> f.code().equals("MEETING-015")), "15 days is on time");
        content.getHeader().put("date", "2026-03-04");
        RuleAssertions.assertWarning(check(), "MEETING-015", "header");
    }

    @Test
    void aMeetingCannotBeInTheFuture() {
        content.getHeader().put("date", "2026-03-21");
        RuleAssertions.assertError(check(), "MEETING-008", "header", "date");
    }

    @Test
    void anOrganisationAbsentFromTheRegisterIsAllowedAndFlagged() {
        content.items(MeetingSchema.ORGANISATIONS).get(0).getValues().remove("organisationId");
        RuleAssertions.assertWarning(check(), "MEETING-050", "organisations");
        assertFalse(check().stream().anyMatch(Finding::isError));
    }

    @Test
    void aTaxNumberTypedIntoThePublicSubjectIsWarnedBeforeItIsPublished() {
        content.getHeader().put("subject", "Ρύθμιση οφειλών της εταιρείας με ΑΦΜ 123456783");
        RuleAssertions.assertWarning(check(), "MEETING-051", "header");
        content.getHeader().put("subject", "Ρύθμιση οφειλών για 123456789 ευρώ");
        assertFalse(check().stream().anyMatch(f -> f.code().equals("MEETING-051")), "nine digits that are no tax number");
    }

    @Test
    void theSameOrganisationTwiceAndABadTime() {
        content.items(MeetingSchema.ORGANISATIONS).add(content.items(MeetingSchema.ORGANISATIONS).get(0).copy(false));
        content.getHeader().put("time", "9.30 πμ");
        RuleAssertions.assertWarning(check(), "MEETING-016", "organisations");
        RuleAssertions.assertError(check(), "MEETING-017", "header", "time");
    }

    @Test
    void everyRuleHasItsTextInGreekAndEnglish() {
        for (int n = 14; n <= 17; n++) {
            RuleAssertions.assertBothLanguages("rule.MEETING-0" + n);
        }
        RuleAssertions.assertBothLanguages("section.meeting.organisations");
        RuleAssertions.assertBothLanguages("choice.format.VIDEO");
    }

    private List<Finding> check() {
        return kind.check(content, CONTEXT);
    }
}
