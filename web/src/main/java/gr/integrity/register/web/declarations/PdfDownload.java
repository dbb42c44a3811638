package gr.integrity.register.web.declarations;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.pdf.DeclarationDocuments;
import gr.integrity.register.web.i18n.Languages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * A declaration version's PDF, addressed as {@code ?id=<declaration>&v=<version>}. A malformed address is 400,
 * someone else's declaration 403, one that does not exist (or is not public) 404: never a 500.
 */
abstract class PdfDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Renders the document, or throws the service's refusal. */
    abstract DeclarationDocuments.Document render(long declarationId, int versionNo, Locale locale);

    /** How long browsers and caches may keep it; versions never change, but a public one can be withheld. */
    abstract String cacheControl();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = number(request.getParameter("id"));
        Long version = number(request.getParameter("v"));
        if (id == null || version == null || version > Integer.MAX_VALUE) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DeclarationDocuments.Document document;
        try {
            document = render(id, version.intValue(), Languages.of(request));
        } catch (EJBException | AccessRefusedException | NotFoundException e) {
            response.sendError(status(e));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setHeader("Cache-Control", cacheControl());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.bytes().length);
        response.getOutputStream().write(document.bytes());
    }

    static int status(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (cause instanceof AccessRefusedException || cause instanceof EJBAccessException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        throw e;
    }

    private static Long number(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
