package gr.integrity.register.web.declarations;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.AttachedDocuments;
import gr.integrity.register.declaration.DocumentFile;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.publication.PublicDeclarationService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A document attached to a declaration, addressed as {@code ?id=<declaration>&sha=<SHA-256 of the file>}. The
 * public address gives it while a published version names it; under /official and /auditor (signed in) the filer
 * and auditors get the documents of drafts too.
 * It is served so that a browser can neither run it as a page nor guess another type: always a download, typed
 * as PDF, not sniffed, sandboxed.
 */
@WebServlet(name = "attachedDocument", urlPatterns = {"/declarations/document", "/official/declarations/document",
        "/auditor/declarations/document"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicDeclarationService publicDeclarations;

    @EJB
    private AttachedDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String sha = request.getParameter("sha");
        if (id == null || !id.matches("[0-9]{1,18}") || sha == null || !sha.matches(FieldChecks.SHA_256)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DocumentFile file;
        try {
            file = find(request, Long.parseLong(id), sha);
        } catch (EJBException | NotFoundException | AccessRefusedException e) {
            response.sendError(PdfDownload.status(e));
            return;
        }
        sendAttachment(response, file);
    }

    /**
     * A stored PDF as a download a browser can neither run as a page nor guess another type of: typed as PDF, not
     * sniffed, sandboxed, not cached.
     */
    public static void sendAttachment(HttpServletResponse response, DocumentFile file) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private DocumentFile find(HttpServletRequest request, long declarationId, String sha) {
        return "/declarations/document".equals(request.getServletPath())
                ? publicDeclarations.document(declarationId, sha)
                : documents.filedFile(declarationId, sha);
    }
}
