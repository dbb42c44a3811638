package gr.integrity.register.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pass that puts a signed-in session's requests in the signed-in lane, and no forged one. */
class LanePassTest {

    @Test
    void aPassOpensTheSignedInLaneOnlyForTheSessionItWasMadeFor() {
        String session = "kq3Vv1c2XJ0m9s8tQm4lY0k3vG0pWm1cZ9uT2xN_";
        String pass = LanePass.of(session);
        assertTrue(LanePass.holds(session, pass));
        assertTrue(LanePass.holds(session + ".node1", pass), "a route suffix is not part of the session id");
        assertFalse(LanePass.holds("forged" + session.substring(6), pass), "another session id, the same pass");
        assertFalse(LanePass.holds(session, pass.substring(1) + "A"));
        assertFalse(LanePass.holds(session, null));
        assertFalse(LanePass.holds(null, pass));
    }
}
