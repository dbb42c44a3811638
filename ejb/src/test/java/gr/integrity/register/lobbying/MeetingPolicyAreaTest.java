package gr.integrity.register.lobbying;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingPolicyAreaTest {

    @Test
    void aFilersListIsSplitAtCommasAndSemicolonsAndEachAreaCountsOnce() {
        List<Meeting.PolicyArea> areas = List.copyOf(Meeting.PolicyArea.named(" Ενέργεια , Υγεία; ενεργεια;; "));
        assertEquals(List.of(new Meeting.PolicyArea("ενεργεια", "Ενέργεια"), new Meeting.PolicyArea("υγεια", "Υγεία")),
                areas);
    }

    @Test
    void aPortfolioIsOneAreaAndTheExportsNullIsNone() {
        assertEquals("financial services, financial stability and capital markets union",
                Meeting.PolicyArea.one("Financial services, financial stability and Capital Markets Union")
                        .orElseThrow().key());
        assertTrue(Meeting.PolicyArea.one("null").isEmpty());
        assertTrue(Meeting.PolicyArea.one("   ").isEmpty());
        assertTrue(Meeting.PolicyArea.named(null).isEmpty());
    }

    @Test
    void aVeryLongNameIsCutToWhatTheRegisterKeeps() {
        assertEquals(200, Meeting.PolicyArea.one("α".repeat(500)).orElseThrow().name().length());
    }
}
