package gr.integrity.register.web.reporting;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DocumentFile;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.web.declarations.DocumentServlet;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The evidence a reporter attached, for auditors ({@code /auditor/report-evidence?id=..}, under the auditors'
 * constraint): an attachment the browser will not sniff or run, named by the report's reference.
 */
@WebServlet("/auditor/report-evidence")
public class ReportEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private InaccuracyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DocumentFile file;
        try {
            file = reports.evidence(Long.parseLong(id));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentServlet.sendAttachment(response, file);
    }
}
