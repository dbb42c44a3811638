package gr.integrity.register.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/** Remembers a language chosen in the URL in a cookie, so that it sticks without a session. */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = Languages.valid(Languages.fromQuery(request.getQueryString()));
        if (chosen != null) {
            Cookie cookie = new Cookie(Languages.COOKIE, chosen);
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        request.setAttribute(Languages.ATTRIBUTE, Languages.of(request));
        response.setHeader("Content-Language", Languages.of(request).getLanguage());
        chain.doFilter(request, response);
    }
}
