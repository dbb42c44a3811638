package gr.integrity.register.web.lobbying;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.publication.PublicCsv;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Any meeting search as a file: {@code /meetings/export?format=csv|json} with the search page's parameters. The
 * result is written as it is read, a thousand meetings at a time, so a download of the whole register takes no more
 * memory than one of ten meetings. Imported meetings carry their source and licence in every row.
 */
@WebServlet("/meetings/export")
public class MeetingsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = MeetingSearch.MAX_LIMIT;

    @EJB
    private MeetingSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format") == null ? "csv" : request.getParameter("format").toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            error(response, "format", "csv or json");
            return;
        }
        MeetingFilter filter;
        MeetingPage first;
        try {
            filter = MeetingQuery.from(request::getParameter).filter();
            first = search.search(filter, null, BATCH);
        } catch (BusinessException e) {
            error(response, e.getField(), e.localizedMessage(Locale.ENGLISH));
            return;
        }
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"meetings." + format + "\"");
        response.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8" : "application/json");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            if (format.equals("csv")) {
                writeCsv(out, filter, first);
            } else {
                writeJson(out, filter, first);
            }
        }
    }

    private void writeCsv(Writer out, MeetingFilter filter, MeetingPage first) throws IOException {
        PublicCsv csv = new PublicCsv(out, PublicMeeting.COLUMNS);
        for (MeetingPage page = first; page != null; page = next(filter, page)) {
            for (PublicMeeting m : page.items()) {
                csv.row(m.row());
            }
            csv.flush();
        }
    }

    private void writeJson(Writer out, MeetingFilter filter, MeetingPage first) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().writeStartArray("items");
            for (MeetingPage page = first; page != null; page = next(filter, page)) {
                for (PublicMeeting m : page.items()) {
                    json.writeStartObject().write("id", m.id()).write("date", m.date().toString());
                    writeOrNull(json, "institution", m.institution());
                    json.writeStartArray("officials");
                    for (PublicMeeting.Attendee a : m.officials()) {
                        json.writeStartObject().write("personId", a.personId()).write("name", a.name());
                        writeOrNull(json, "title", a.title());
                        json.writeEnd();
                    }
                    json.writeEnd().writeStartArray("organisations");
                    for (PublicMeeting.Met o : m.organisations()) {
                        json.writeStartObject().write("organisationId", o.organisationId()).write("name", o.name());
                        writeOrNull(json, "transparencyRegisterId", o.transparencyId());
                        json.writeEnd();
                    }
                    json.writeEnd();
                    writeOrNull(json, "location", m.location());
                    json.write("subject", m.subject()).write("source", m.source()).write("imported", m.imported());
                    writeOrNull(json, "licence", m.licence());
                    json.writeEnd();
                }
                json.flush();
            }
            json.writeEnd().writeEnd();
        }
    }

    private MeetingPage next(MeetingFilter filter, MeetingPage page) {
        return page.next() == null ? null : search.search(filter, page.next(), BATCH);
    }

    private static void writeOrNull(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** A bad parameter answers 400 with a JSON body naming it. */
    private static void error(HttpServletResponse response, String parameter, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
            json.writeStartObject().write("error", "bad parameter");
            writeOrNull(json, "parameter", parameter);
            json.write("message", message).writeEnd();
        }
    }
}
