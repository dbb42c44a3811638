package gr.integrity.register.web.watching;

import gr.integrity.register.watching.Watches;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address a digest's {@code List-Unsubscribe} header names (RFC 8058): the recipient's mail program posts
 * {@code List-Unsubscribe=One-Click} to it, with no cookie and no page, and every watch of the address ends. The
 * answer is the same whether the token named anything, so the address tells nothing about who follows what. A
 * person who opens the address in a browser (a GET, which must not unsubscribe by itself: mail scanners fetch
 * links) is sent to the digest's own stop page for that watch.
 */
@WebServlet(name = "oneClickUnsubscribe", urlPatterns = "/watch/unsubscribe")
public class OneClickUnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Watches watches;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        if (token != null) {
            watches.unsubscribeAll(token);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("unsubscribed\n");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        response.sendRedirect(request.getContextPath() + "/watch.xhtml"
                + (token == null ? "" : "?stop=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    /** The watch token of the address; none when it is missing or cannot be one (they are URL-safe base64). */
    private static String token(HttpServletRequest request) {
        String token = request.getParameter("token");
        return token != null && token.matches("[A-Za-z0-9_-]{20,100}") ? token : null;
    }
}
