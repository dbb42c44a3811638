package gr.integrity.register.review;

import gr.integrity.register.common.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review workflow's allowed and refused moves, by an auditor and by a filer's amendment. */
class ReviewStateTest {

    @Test
    void anAuditorMovesAFilingOnlyAlongTheWorkflow() {
        Review review = new Review(1L);
        assertEquals(ReviewState.AWAITING_REVIEW, review.getState());
        for (ReviewState early : EnumSet.of(ReviewState.CLARIFICATION_REQUESTED, ReviewState.ACCEPTED, ReviewState.REFERRED)) {
            assertEquals("review.transitionRefused", assertThrows(ConflictException.class, () -> review.moveTo(early))
                    .getMessageKey());
        }
        assertEquals(ReviewState.AWAITING_REVIEW, review.getState(), "a refused move changes nothing");
        assertNull(review.getAssignedTo());

        review.assign("auditor");
        assertEquals(ReviewState.IN_REVIEW, review.getState());
        assertTrue(review.isStarted());
        review.moveTo(ReviewState.CLARIFICATION_REQUESTED);
        assertThrows(ConflictException.class, () -> review.moveTo(ReviewState.ACCEPTED), "waits for the filer");
        assertThrows(ConflictException.class, () -> review.assign("other"), "waits for the filer");

        review.amended();
        assertEquals(ReviewState.IN_REVIEW, review.getState(), "the amendment answers the clarification");
        review.moveTo(ReviewState.ACCEPTED);
        assertThrows(ConflictException.class, () -> review.moveTo(ReviewState.REFERRED), "a decision is final");
        review.amended();
        assertEquals(ReviewState.AWAITING_REVIEW, review.getState(), "an accepted filing amended is reviewed again");
    }

    @Test
    void aReferredFilingStaysReferredWhateverTheFilerDoes() {
        Review review = new Review(2L);
        review.assign("auditor");
        review.moveTo(ReviewState.REFERRED);
        review.amended();
        assertEquals(ReviewState.REFERRED, review.getState());
        assertTrue(ReviewState.REFERRED.auditorMoves().isEmpty());
    }
}
