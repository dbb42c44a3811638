package gr.integrity.register.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Which language a request is served in: {@code ?lang=en} or {@code ?lang=el} in the URL, else the {@code lang}
 * cookie the URL parameter set, else Greek. Never the session: public pages create none.
 */
public final class Languages {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";
    static final String ATTRIBUTE = "gr.integrity.register.language";

    private Languages() {
    }

    public static Locale of(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        String code = valid(fromQuery(request.getQueryString()));
        if (code == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    code = valid(cookie.getValue());
                }
            }
        }
        return "en".equals(code) ? Locale.ENGLISH : Locale.forLanguageTag("el");
    }

    /**
     * The {@code lang} parameter of the URL only: reading request parameters would parse a POST's body (an
     * upload, even) before anything has decided whether to accept it.
     */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return pair.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }

    static String valid(String code) {
        return "el".equals(code) || "en".equals(code) ? code : null;
    }
}
