package gr.integrity.register.web.declarations;

import gr.integrity.register.pdf.DeclarationDocuments;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

import java.util.Locale;

/**
 * The filed copy with every field, for its filer (the receipt's PDF) and for auditors. Under {@code /official/*},
 * so the container asks for a sign-in; the service checks the declaration is the caller's own.
 */
@WebServlet(name = "filedPdf", urlPatterns = {"/official/declarations/pdf", "/auditor/declarations/pdf"})
public class FiledPdfServlet extends PdfDownload {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationDocuments documents;

    @Override
    DeclarationDocuments.Document render(long declarationId, int versionNo, Locale locale) {
        return documents.fullCopy(declarationId, versionNo, locale);
    }

    @Override
    String cacheControl() {
        return "private, no-store";
    }
}
