package gr.integrity.register.it;

import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API's contract, over HTTP against the real server: the shape of lists and items, filters, keyset
 * pages that neither skip nor repeat while records are added, CSV on request, conditional GET, and 400 or 404
 * with a JSON body naming the parameter for everything a client can get wrong (never a 500).
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    private static final HttpClient HTTP = TestHttp.CLIENT;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @EJB
    private AsAdmin admin;

    @EJB
    private Fixtures fixtures;

    @Test
    void everyCollectionListsItemsWithANextCursorAndEachItemHasItsAddress() throws Exception {
        // a meeting of its own, so that the test does not depend on what earlier tests imported
        String organisationName = Fixtures.uniqueName("Ένωση Συμβάσεων");
        long organisation = admin.call(() -> fixtures.organisation(organisationName));
        admin.call(() -> fixtures.meeting("Δημόσιες συμβάσεις", organisation, organisationName));
        for (String collection : List.of("officials", "institutions", "organisations", "declarations", "meetings")) {
            HttpResponse<String> list = get("/api/v1/" + collection + "?limit=2", null);
            assertEquals(200, list.statusCode(), collection + ": " + list.body());
            assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject page = json(list.body());
            JsonArray items = page.getJsonArray("items");
            assertFalse(items.isEmpty(), collection + " is empty");
            assertTrue(items.size() <= 2);
            assertEquals(2, page.getInt("limit"));
            long id = items.getJsonObject(0).getJsonNumber("id").longValue();
            HttpResponse<String> item = get("/api/v1/" + collection + "/" + id, null);
            assertEquals(200, item.statusCode(), collection + "/" + id + ": " + item.body());
            assertEquals(id, json(item.body()).getJsonNumber("id").longValue());
        }
        JsonObject declaration = json(get("/api/v1/declarations?type=ASSET&limit=1", null).body())
                .getJsonArray("items").getJsonObject(0);
        assertEquals("ASSET", declaration.getString("type"));
        assertTrue(declaration.getString("pdfUrl").contains("/declarations/pdf?id="));
        JsonObject full = json(get("/api/v1/declarations/" + declaration.getJsonNumber("id"), null).body());
        assertFalse(full.getJsonArray("versions").isEmpty());
    }

    @Test
    void pagesFollowTheCursorWithoutSkippingOrRepeatingWhileRecordsAreAdded() throws Exception {
        String marker = Fixtures.unique("Φορέας Σελιδοποίησης");
        for (int i = 0; i < 5; i++) {
            String name = marker + " " + i;
            admin.call(() -> fixtures.institution(name));
        }
        String query = "/api/v1/institutions?limit=2&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
        JsonObject first = json(get(query, null).body());
        assertEquals(2, first.getJsonArray("items").size());
        // a record added after the first page was read is found on a later page, and nothing is seen twice
        admin.call(() -> fixtures.institution(marker + " 5"));
        List<String> seen = new ArrayList<>(names(first));
        String next = first.getString("next");
        while (next != null) {
            JsonObject page = json(get(query + "&cursor=" + next, null).body());
            seen.addAll(names(page));
            next = page.isNull("next") ? null : page.getString("next");
        }
        assertEquals(6, seen.size(), seen.toString());
        assertEquals(6, new HashSet<>(seen).size(), "no record twice");
    }

    @Test
    void csvWhenAskedAndConditionalGet() throws Exception {
        HttpResponse<String> csv = get("/api/v1/institutions?limit=3&format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,name_el,name_en,kind"), csv.body());
        assertEquals(4, csv.body().strip().lines().count(), "a header and three rows");
        HttpResponse<String> accepted = get("/api/v1/organisations?limit=1", "text/csv");
        assertTrue(accepted.body().startsWith("id,name_el,name_en,category"), accepted.body());

        HttpResponse<String> once = get("/api/v1/institutions?limit=3", null);
        String tag = once.headers().firstValue("ETag").orElse(null);
        assertNotNull(tag);
        HttpResponse<String> again = HTTP.send(TestHttp.request(uri("/api/v1/institutions?limit=3"))
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());

        // a declaration also says when it last changed, and a client that has it since gets 304
        long declaration = json(get("/api/v1/declarations?limit=1", null).body()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> item = get("/api/v1/declarations/" + declaration, null);
        String modified = item.headers().firstValue("Last-Modified").orElse(null);
        assertNotNull(modified);
        assertEquals(304, HTTP.send(TestHttp.request(uri("/api/v1/declarations/" + declaration))
                .header("If-Modified-Since", modified).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aNameTypedAsASpreadsheetFormulaStaysTextInTheCsv() throws Exception {
        String marker = Fixtures.unique("Φορέας Τύπων");
        String formula = "=HYPERLINK(\"https://evil.example/\";\"x\") " + marker;
        admin.call(() -> fixtures.institution(formula));

        String csv = get("/api/v1/institutions?format=csv&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                null).body();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, rows.size(), csv);
        assertEquals("'" + formula, rows.get(0).get("name_el"), "kept as text behind an apostrophe, as OWASP advises");
    }

    @Test
    void whateverAClientGetsWrongIsA400Or404WithAJsonBodyNamingIt() throws Exception {
        String otherCollections = json(get("/api/v1/institutions?limit=1", null).body()).getString("next");
        List<String[]> cases = List.of(
                new String[]{"/api/v1/meetings?color=red", "color"},
                new String[]{"/api/v1/meetings?from=2024-13-45", "from"},
                new String[]{"/api/v1/meetings?limit=0", "limit"},
                new String[]{"/api/v1/meetings?limit=1001", "limit"},
                new String[]{"/api/v1/meetings?limit=-5", "limit"},
                new String[]{"/api/v1/meetings?limit=99999999999999999999", "limit"},
                new String[]{"/api/v1/meetings?cursor=not-a-cursor", "cursor"},
                new String[]{"/api/v1/meetings?cursor=" + otherCollections, "cursor"},
                new String[]{"/api/v1/declarations?type=PASSPORT", "type"},
                new String[]{"/api/v1/officials?institution=1%20OR%201=1", "institution"},
                new String[]{"/api/v1/institutions?format=xml", "format"},
                new String[]{"/api/v1/institutions?limit=1&limit=2", "limit"});
        for (String[] c : cases) {
            HttpResponse<String> answer = get(c[0], null);
            assertEquals(400, answer.statusCode(), c[0] + " -> " + answer.body());
            JsonObject error = json(answer.body());
            assertEquals(c[1], error.getString("parameter"), c[0]);
            assertFalse(error.getString("message").isBlank());
        }
        for (String missing : List.of("/api/v1/officials/999999999", "/api/v1/organisations/999999999",
                "/api/v1/meetings/999999999", "/api/v1/declarations/999999999", "/api/v1/nothing-here")) {
            HttpResponse<String> answer = get(missing, null);
            assertEquals(404, answer.statusCode(), missing);
            assertEquals("not_found", json(answer.body()).getString("error"));
        }
        // words are words: SQL and markup in a search find nothing and break nothing
        for (String words : List.of("' OR 1=1 --", "<script>alert(1)</script>", "%_%")) {
            HttpResponse<String> answer = get("/api/v1/organisations?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), null);
            assertEquals(200, answer.statusCode(), words);
            assertTrue(json(answer.body()).getJsonArray("items").isEmpty(), words);
        }
    }

    @Test
    void feedsAreAtomAndTheOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> all = get("/feeds/filings.atom", null);
        assertEquals(200, all.statusCode());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Element feed = atom(all.body());
        long entries = checkAtom(feed);
        assertTrue(entries > 0, "the demo's filings are in the feed");

        // one official's feed: their filings only
        JsonObject declaration = json(get("/api/v1/declarations?type=ASSET&limit=1", null).body())
                .getJsonArray("items").getJsonObject(0);
        long official = declaration.getJsonNumber("officialId").longValue();
        Element theirs = atom(get("/feeds/filings.atom?official=" + official, null).body());
        assertTrue(checkAtom(theirs) > 0);
        NodeList titles = theirs.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < titles.getLength(); i++) {
            String title = ((Element) titles.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
            assertTrue(title.contains(declaration.getString("official")), title);
        }
        assertEquals(400, get("/feeds/filings.atom?official=abc", null).statusCode());
        assertEquals(404, get("/feeds/filings.atom?official=999999999", null).statusCode());
        assertEquals(404, get("/feeds/filings.atom?organisation=999999999", null).statusCode());

        HttpResponse<String> openapi = get("/openapi?format=JSON", null);
        assertEquals(200, openapi.statusCode());
        JsonObject document = json(openapi.body());
        assertEquals("CC BY 4.0", document.getJsonObject("info").getJsonObject("license").getString("name"));
        for (String path : List.of("/api/v1/officials", "/api/v1/institutions", "/api/v1/organisations",
                "/api/v1/declarations", "/api/v1/meetings", "/api/v1/meetings/{id}", "/log/v1/sth", "/log/v1/proof",
                "/log/v1/consistency", "/log/v1/keys")) {
            assertTrue(document.getJsonObject("paths").containsKey(path), path + " in " + document.getJsonObject("paths").keySet());
        }
        // the document served is the one the client in ApiClientIT is generated from: parameters and schemas
        JsonObject meetings = document.getJsonObject("paths").getJsonObject("/api/v1/meetings").getJsonObject("get");
        assertEquals(11, meetings.getJsonArray("parameters").size(), meetings.toString());
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Meeting"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Error"));
        assertEquals(200, get("/api-browser.html", null).statusCode());
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Element atom(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        return root;
    }

    /** The elements RFC 4287 requires of a feed and of each entry; answers how many entries there are. */
    private static long checkAtom(Element feed) {
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(direct(feed, required) != null, "feed without " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertTrue(direct(entry, required) != null, "entry without " + required);
            }
            java.time.OffsetDateTime.parse(direct(entry, "updated").getTextContent());
        }
        return entries.getLength();
    }

    private static Element direct(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> names(JsonObject page) {
        List<String> names = new ArrayList<>();
        for (JsonValue item : page.getJsonArray("items")) {
            names.add(item.asJsonObject().getString("nameEl"));
        }
        return names;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = TestHttp.request(uri(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
