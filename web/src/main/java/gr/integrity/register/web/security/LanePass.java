package gr.integrity.register.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The proof that a request comes from a session that signed in, readable where the lanes are chosen: on the
 * server's I/O thread, before any worker thread, session or database is touched ({@code LaneAdmission}). It is a
 * cookie beside the session cookie holding an HMAC of the session id under a key made at start and never written
 * anywhere, so that a forged or stale session cookie, which anyone can send, does not open the signed-in lane:
 * only a session that signed in was given the matching pass. A restart makes a new key, as it ends the sessions.
 */
public final class LanePass {

    public static final String COOKIE = "register_lane";
    private static final byte[] KEY = new SecureRandom().generateSeed(32);
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    });

    private LanePass() {
    }

    /** Whether the pass sent belongs to the session cookie sent with it. */
    public static boolean holds(String sessionCookie, String pass) {
        if (sessionCookie == null || pass == null || pass.length() != 43) {
            return false;
        }
        return MessageDigest.isEqual(of(sessionCookie).getBytes(StandardCharsets.US_ASCII),
                pass.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Gives a signed-in session its pass, or a new one when the session id changed (sign-in changes it): called
     * for every signed-in request, it costs one HMAC.
     */
    public static void keep(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        String pass = of(session.getId());
        Cookie[] cookies = request.getCookies();
        boolean held = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && pass.equals(c.getValue()));
        if (!held) {
            Cookie cookie = new Cookie(COOKIE, pass);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /** The pass of a session id (a route suffix after a dot, if the server adds one, is not part of it). */
    static String of(String sessionId) {
        int dot = sessionId.indexOf('.');
        String id = dot < 0 ? sessionId : sessionId.substring(0, dot);
        byte[] mac = MAC.get().doFinal(id.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }
}
