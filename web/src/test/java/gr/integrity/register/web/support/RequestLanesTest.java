package gr.integrity.register.web.support;

import gr.integrity.register.web.support.RequestLanes.Lane;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLanesTest {

    @Test
    void filingAndEverythingBehindSignInGoesInTheSignedInLane() {
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/official/declarations/review.xhtml", false));
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/login.xhtml", false));
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/auditor/queue.xhtml", true));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/person.xhtml", false));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/api/v1/declarations", false));
        // a public page stays public even for someone signed in; their page's scripts follow their session
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/search.xhtml", true));
        assertEquals(Lane.SIGNED_IN, RequestLanes.laneOf("/jakarta.faces.resource/core.js.xhtml", true));
        assertEquals(Lane.PUBLIC, RequestLanes.laneOf("/jakarta.faces.resource/core.js.xhtml", false));
    }

    @Test
    void aFullPublicLaneTurnsTheNextPublicRequestAwayButAFilerStillGetsIn() {
        RequestLanes lanes = new RequestLanes(3, 2);
        for (int i = 0; i < 3; i++) {
            assertTrue(lanes.tryEnter(Lane.PUBLIC));
        }
        assertFalse(lanes.tryEnter(Lane.PUBLIC), "the fourth public request finds no room");
        assertTrue(lanes.tryEnter(Lane.SIGNED_IN), "a filer is served however full the public lane is");

        lanes.leave(Lane.PUBLIC);
        assertTrue(lanes.tryEnter(Lane.PUBLIC), "a place freed is taken again");
        assertEquals(0, lanes.available(Lane.PUBLIC));
        assertEquals(1, lanes.available(Lane.SIGNED_IN));
    }
}
