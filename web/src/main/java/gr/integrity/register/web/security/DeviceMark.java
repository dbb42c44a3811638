package gr.integrity.register.web.security;

import gr.integrity.register.security.AuthenticationService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Arrays;

/**
 * The cookie that marks a browser which signed in to an account before: with it, the right password always signs
 * in, whatever failures others caused on the account or from the same address. It holds a one-time-link-like
 * token (only its hash is stored), is sent to the register only, never readable by scripts, and is ended by a
 * password reset or by disabling the account.
 */
final class DeviceMark {

    static final String COOKIE = "register_device";
    /** Session attribute: a mark issued at sign-in, set as the cookie with the session's next answer. */
    static final String TO_SET = "register.deviceMarkToSet";

    private DeviceMark() {
    }

    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    static void setIfSignedInJustNow(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Object mark = session.getAttribute(TO_SET);
        if (mark == null) {
            return;
        }
        session.removeAttribute(TO_SET);
        Cookie cookie = new Cookie(COOKIE, mark.toString());
        cookie.setHttpOnly(true);
        // Secure on HTTPS, and behind a TLS proxy, where the session cookie is marked so (SecurityHeaders)
        cookie.setSecure(request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(Math.toIntExact(AuthenticationService.DEVICE_REMEMBERED.toSeconds()));
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
