package gr.integrity.register.web.support;

import gr.integrity.register.web.support.RequestLanes.Lane;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLanesTest {

    @Test
    void aSignedInSessionIsInTheSignedInLaneAnAnonymousVisitorOnlyInTheSignInOrPublicLane() {
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/official/declarations/review.xhtml", true));
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/jakarta.faces.resource/core.js.xhtml", true));
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/search.xhtml", true));
        // without a pass: the ways into the signed-in areas, and those areas themselves, share the small sign-in lane
        assertEquals(Lane.SIGN_IN, RequestLanes.laneOf("/official/declarations/review.xhtml", false));
        assertEquals(Lane.SIGN_IN, RequestLanes.laneOf("/login.xhtml", false));
        assertEquals(Lane.SIGN_IN, RequestLanes.laneOf("/account/reset.xhtml", false));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/person.xhtml", false));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/api/v1/declarations", false));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/jakarta.faces.resource/core.js.xhtml", false));
    }

    @Test
    void theHealthChecksAreInNoLaneAndNothingElseIs() {
        assertTrue(RequestLanes.isHealth("/health"));
        assertTrue(RequestLanes.isHealth("/health/ready"));
        assertTrue(RequestLanes.isHealth("/health/live"));
        assertFalse(RequestLanes.isHealth("/health/../search.xhtml"));
        assertFalse(RequestLanes.isHealth("/healthy.xhtml"));
    }

    @Test
    void aFullAnonymousLaneTurnsTheNextRequestAwayButASignedInFilerStillGetsIn() {
        RequestLanes lanes = new RequestLanes(3, 1, 2);
        for (int i = 0; i < 3; i++) {
            assertTrue(lanes.tryEnter(Lane.PUBLIC));
        }
        assertFalse(lanes.tryEnter(Lane.PUBLIC), "the fourth public request finds no room");
        assertTrue(lanes.tryEnter(Lane.SIGN_IN));
        assertFalse(lanes.tryEnter(Lane.SIGN_IN), "a flood at the sign-in page has its own small lane");
        assertTrue(lanes.tryEnter(Lane.SIGNED_IN), "a filer is served however full the other lanes are");

        lanes.leave(Lane.PUBLIC);
        assertTrue(lanes.tryEnter(Lane.PUBLIC), "a place freed is taken again");
        assertEquals(0, lanes.available(Lane.PUBLIC));
        assertEquals(1, lanes.available(Lane.SIGNED_IN));
    }
}
