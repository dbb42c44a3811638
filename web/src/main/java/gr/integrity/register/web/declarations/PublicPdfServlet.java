package gr.integrity.register.web.declarations;

import gr.integrity.register.pdf.DeclarationDocuments;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

import java.util.Locale;

/** The public copy of a published version: redacted by the register's one policy, with the public hash only. */
@WebServlet(name = "publicPdf", urlPatterns = "/declarations/pdf")
public class PublicPdfServlet extends PdfDownload {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationDocuments documents;

    @Override
    DeclarationDocuments.Document render(long declarationId, int versionNo, Locale locale) {
        return documents.publicCopy(declarationId, versionNo, locale);
    }

    @Override
    String cacheControl() {
        return "public, max-age=300";
    }
}
