package gr.integrity.register.web.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import gr.integrity.register.common.Messages;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicFiling;
import gr.integrity.register.web.i18n.Languages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * {@code /feeds/filings.atom}: an Atom feed of the latest new and amended filings, all of them or narrowed to one
 * official ({@code ?official=<id>}) or to the meetings with one organisation ({@code ?organisation=<id>}). It
 * carries what the public pages show and links to them; nothing private. A malformed id is 400, an unknown one 404.
 */
@WebServlet("/feeds/filings.atom")
public class FilingsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @EJB
    private PublicDeclarationService publication;

    @EJB
    private PublicDirectory directory;

    @Inject
    private RegisterConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long official;
        Long organisation;
        try {
            official = id(request.getParameter("official"));
            organisation = id(request.getParameter("organisation"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Languages.of(request);
        boolean english = "en".equals(locale.getLanguage());
        // the configured public address, not the Host header a client sent (a forged one must not become links)
        String site = config.baseUrl();
        String title = Messages.text(locale, "feed.title");
        try {
            if (official != null) {
                title += " – " + directory.official(official).name();
            }
            if (organisation != null) {
                title += " – " + directory.organisation(organisation).nameEl();
            }
        } catch (EJBException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<PublicFiling> filings = publication.latest(official, organisation, ENTRIES);
        Feed feed = new Feed("atom_1.0");
        String self = site + "/feeds/filings.atom" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(Date.from(filings.isEmpty() ? Instant.EPOCH : filings.get(0).submittedAt()));
        feed.setAlternateLinks(List.of(link(site + "/", "alternate")));
        feed.setOtherLinks(List.of(link(self, "self")));
        SyndPerson register = new SyndPersonImpl();
        register.setName(Messages.text(locale, "feed.author"));
        feed.setAuthors(List.of(register));
        feed.setRights("CC BY 4.0");
        List<Entry> entries = new ArrayList<>();
        for (PublicFiling f : filings) {
            Entry entry = new Entry();
            String page = site + "/declaration.xhtml?id=" + f.declarationId() + "&v=" + f.versionNo();
            entry.setId(page);
            entry.setTitle(Messages.text(locale, "declarationType." + f.type()) + " " + f.periodYear() + " – "
                    + f.declarant().name(english) + (f.isAmendment() ? " (" + Messages.text(locale, "feed.amendment", f.versionNo()) + ")" : ""));
            entry.setAlternateLinks(List.of(link(page, "alternate")));
            entry.setUpdated(Date.from(f.submittedAt()));
            entry.setPublished(Date.from(f.submittedAt()));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(Messages.text(locale, "feed.summary", f.declarant().name(english), f.versionNo()));
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new IllegalArgumentException(value);
        }
        return Long.parseLong(value.strip());
    }
}
