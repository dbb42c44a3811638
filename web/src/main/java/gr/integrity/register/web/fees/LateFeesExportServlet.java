package gr.integrity.register.web.fees;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.Messages;
import gr.integrity.register.fees.LateFeeLine;
import gr.integrity.register.fees.LateFeeService;
import gr.integrity.register.publication.PublicCsv;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.web.i18n.Languages;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A year's late filings and their fees as CSV, for the authority that collects them:
 * {@code /auditor/late-fees.csv?year=2025}, for auditors only (the path is under the auditors' constraint). It
 * carries the filers' tax numbers, which collection needs, so the download is recorded in the audit trail. The cells
 * are written as the register writes every CSV, a text that looks like a formula neutralised.
 */
@WebServlet("/auditor/late-fees.csv")
public class LateFeesExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> COLUMNS = List.of("receipt_number", "name", "tax_number", "category", "declaration_type",
            "obligation", "period_year", "deadline", "submitted_at", "correction", "days_late", "fee_eur");

    @EJB
    private LateFeeService fees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<LateFeeLine> lines;
        int year;
        try {
            year = Integer.parseInt(request.getParameter("year") == null ? "" : request.getParameter("year").strip());
            lines = fees.forCollection(year);
        } catch (NumberFormatException | BusinessException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(Messages.text(Languages.of(request), "fees.year"));
            return;
        }
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"late-fees-" + year + ".csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
             PublicCsv csv = new PublicCsv(out, COLUMNS)) {
            for (LateFeeLine l : lines) {
                csv.row(Arrays.asList(l.receiptNumber(), l.name(), l.taxNumber(), l.category().name(), l.type().name(),
                        l.kind().name(), l.periodYear(), l.deadline().toString(),
                        l.submittedAt().atZone(Obligation.ATHENS).toOffsetDateTime().toString(), l.correction(),
                        l.daysLate(), l.fee().toPlainString()));
            }
        }
    }
}
