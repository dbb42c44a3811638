package gr.integrity.register.it.drills;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.it.drills.FuzzValues.Value;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsLobbyist;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.WebClient;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.security.Role;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of malformed values ({@link FuzzValues}) sent to every API parameter, every parameter of the public
 * pages, and every field of the forms each role works with (sign-in, password reset, the official's draft in each
 * section, the auditor's review, the lobbyist's entry, the administrator's records). No answer may be a 500, show a
 * stack trace or an exception's text, echo markup unescaped (a stored or reflected script), or evaluate an
 * expression typed into a field; afterwards nothing is stored that the register's rules refuse. The number of
 * values tried per entry point is written for the reliability report.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzDrillIT {

    /** Values per form field and per parameter: the suite's setting; the whole list on demand (environment). */
    private static final int PER_FIELD = Integer.parseInt(System.getenv().getOrDefault("REGISTER_FUZZ_PER_FIELD", "16"));
    private static final int PER_PARAMETER = Integer.parseInt(System.getenv().getOrDefault("REGISTER_FUZZ_PER_PARAMETER", "90"));
    private static final List<Value> VALUES = FuzzValues.generate(Math.max(PER_FIELD, PER_PARAMETER) * 4, 20261127L);

    private static final List<String> INTERNALS = List.of("at gr.integrity.", "at org.hibernate", "at jakarta.",
            "at java.base", "Caused by:", "SQLException", "SQLSyntax", "IJ0", "RESTEASY0", "NullPointerException",
            "IllegalArgumentException", "NumberFormatException");
    private static final List<String> LIVE_MARKUP = List.of(FuzzValues.SCRIPT, "<img src=x onerror=fuzzed()>",
            "<svg onload=fuzzed()>");
    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*method=\"post\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*name=\"([^\"]+)\"[^>]*type=\"submit\"");

    private static final Map<String, Integer> TRIED = new TreeMap<>();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsAuditor auditor;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ReviewService reviews;

    @EJB
    private TestDatabase database;

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyApiParameterAndPublicAddressAnswersMalformedValuesWithoutFailing() throws Exception {
        WebClient client = WebClient.local();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("/api/v1/officials", List.of("q", "institution", "limit", "cursor", "format", "lang", "unknown"));
        parameters.put("/api/v1/institutions", List.of("q", "limit", "cursor", "format"));
        parameters.put("/api/v1/organisations", List.of("q", "limit", "cursor", "format"));
        parameters.put("/api/v1/meetings", List.of("q", "official", "institution", "organisation", "area", "from", "to",
                "limit", "cursor", "format"));
        parameters.put("/api/v1/declarations", List.of("type", "official", "institution", "from", "to", "limit",
                "cursor", "format"));
        parameters.put("/search.xhtml", List.of("q"));
        parameters.put("/meetings.xhtml", List.of("q", "official", "institution", "organisation", "area", "from", "to"));
        parameters.put("/person.xhtml", List.of("id"));
        parameters.put("/declaration.xhtml", List.of("id", "v"));
        parameters.put("/institution.xhtml", List.of("id"));
        parameters.put("/organisation.xhtml", List.of("id"));
        parameters.put("/declarations/pdf", List.of("id", "v"));
        parameters.put("/feeds/filings.atom", List.of("official", "organisation"));
        int offset = 0;
        for (Map.Entry<String, List<String>> endpoint : parameters.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (int i = 0; i < PER_PARAMETER; i++) {
                    Value value = VALUES.get(offset++ % VALUES.size());
                    String entry = "GET " + endpoint.getKey() + "?" + parameter;
                    get(client, entry, endpoint.getKey() + "?" + parameter + "=" + value.encoded(), value);
                }
            }
        }
        for (String prefix : List.of("/api/v1/officials/", "/api/v1/declarations/", "/open-data/")) {
            for (int i = 0; i < PER_PARAMETER; i++) {
                Value value = VALUES.get(offset++ % VALUES.size());
                get(client, "GET " + prefix + "{path}", prefix + value.encoded(), value);
            }
        }
        // bodies no API takes: nested JSON, invalid UTF-8, huge
        for (Value value : FuzzValues.fixed()) {
            HttpResponse<String> answer = client.postRaw("/api/v1/declarations", "application/json",
                    value.text().getBytes(StandardCharsets.UTF_8));
            check("POST /api/v1/declarations (body)", value, answer);
        }
        report("api-and-public-pages");
    }

    @Test
    void everyFormFieldOfEveryRoleAnswersMalformedValuesAndStoresNothingTheRulesRefuse() throws Exception {
        long personsBefore = maxId("Person");
        long institutionsBefore = maxId("Institution");
        long organisationsBefore = maxId("Organisation");

        // the people, each with a password to sign in over HTTP, and the records their pages show
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, Role.AUDITOR));
        admin.run(() -> fixtures.staffAccount(AsAdmin.USERNAME, Role.ADMIN));
        admin.run(() -> fixtures.lobbyistAccount(AsLobbyist.USERNAME));
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        List<Long> obligations = database.list("select o.id from Obligation o where o.person.id = ?1"
                + " and o.declarationType = ?2 order by o.id", Long.class, person.getId(), DeclarationType.ASSET);
        long filed = official.call(() -> declarations.open(obligations.get(0)));
        DraftView toFile = save(filed);
        official.call(() -> declarations.submit(filed, toFile.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(toFile)));
        long draft = official.call(() -> declarations.open(obligations.get(1)));
        save(draft);
        long versionsBefore = versionsOf(person);
        // in review, so that the auditor's page shows every form (clarification, decision, note)
        auditor.call(() -> reviews.assign(filed, null));

        Map<String, WebClient> clients = new LinkedHashMap<>();
        clients.put("anonymous", WebClient.local());
        for (String username : List.of(AsOfficialA.USERNAME, AsAuditor.USERNAME, AsAdmin.USERNAME, AsLobbyist.USERNAME)) {
            admin.run(() -> fixtures.password(username, FixtureServlet.PASSWORD));
            WebClient client = WebClient.local();
            assertTrue(client.signIn(username, FixtureServlet.PASSWORD).length() > 0, username + " signs in");
            clients.put(username, client);
        }

        fuzzPage(clients.get("anonymous"), "/login.xhtml", null);
        fuzzPage(clients.get("anonymous"), "/account/reset.xhtml", null);
        WebClient officialClient = clients.get(AsOfficialA.USERNAME);
        fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + draft, null);
        for (String section : List.of(AssetSchema.FAMILY, AssetSchema.REAL_ESTATE, AssetSchema.VEHICLES,
                AssetSchema.DEPOSITS, AssetSchema.SECURITIES, AssetSchema.PARTICIPATIONS, AssetSchema.LIABILITIES,
                AssetSchema.INCOME, AssetSchema.VALUABLES, AssetSchema.CHANGES)) {
            // a new item in the section first, so that every field of the section is on the page
            fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + draft + "&section=" + section, "edit:add");
        }
        // the interest declaration's sections and the meeting declaration: the same editor, other schemas
        List<Long> interestObligations = database.list("select o.id from Obligation o where o.person.id = ?1"
                + " and o.declarationType = ?2 order by o.id", Long.class, person.getId(), DeclarationType.INTEREST);
        assertTrue(!interestObligations.isEmpty(), "the official owes an interest declaration");
        long interest = official.call(() -> declarations.open(interestObligations.get(0)));
        fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + interest, null);
        for (String section : List.of(InterestSchema.POSITIONS, InterestSchema.HOLDINGS, InterestSchema.BOARDS,
                InterestSchema.EMPLOYMENT, InterestSchema.MEMBERSHIPS, InterestSchema.GIFTS, InterestSchema.TRAVEL,
                InterestSchema.OTHER)) {
            fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + interest + "&section=" + section, "edit:add");
        }
        long meeting = official.call(() -> declarations.declare(DeclarationType.MEETING));
        fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + meeting, null);
        fuzzPage(officialClient, "/official/declarations/edit.xhtml?id=" + meeting + "&section="
                + MeetingSchema.ORGANISATIONS, null);
        fuzzPage(clients.get(AsAuditor.USERNAME), "/auditor/review.xhtml?id=" + filed, null);
        fuzzPage(clients.get(AsAuditor.USERNAME), "/auditor/queue.xhtml", null);
        fuzzPage(clients.get(AsLobbyist.USERNAME), "/lobbyist/index.xhtml", null);
        // (settings and deadlines are left out: a value they accept would change the rules for the tests after this)
        for (String page : List.of("/admin/persons/edit.xhtml", "/admin/institutions/edit.xhtml",
                "/admin/organisations/edit.xhtml", "/admin/accounts/invite.xhtml", "/admin/positions/edit.xhtml",
                "/admin/publication/withholdings.xhtml")) {
            fuzzPage(clients.get(AsAdmin.USERNAME), page, null);
        }

        // nothing stored that the rules refuse: records created meanwhile pass the rules on names; the fuzzed
        // draft keeps what was typed (drafts do) but cannot be submitted while the rules find errors in it
        for (Person created : database.list("select p from Person p where p.id > ?1", Person.class, personsBefore)) {
            assertPlain("person", created.getGivenName(), created.getFamilyName(), created.getFatherName());
        }
        for (Institution created : database.list("select i from Institution i where i.id > ?1", Institution.class,
                institutionsBefore)) {
            assertPlain("institution", created.getNameEl(), created.getNameEn());
        }
        for (Organisation created : database.list("select o from Organisation o where o.id > ?1", Organisation.class,
                organisationsBefore)) {
            assertPlain("organisation", created.getNameEl(), created.getNameEn());
        }
        DraftView fuzzed = official.call(() -> declarations.draft(draft));
        if (fuzzed.findings().stream().anyMatch(Finding::isError)) {
            boolean refused;
            try {
                official.call(() -> declarations.submit(draft, fuzzed.revision(), UUID.randomUUID().toString(), Map.of()));
                refused = false;
            } catch (Exception e) {
                refused = true;
            }
            assertTrue(refused, "a draft the rules find errors in is not filed");
        }
        assertEquals(versionsBefore, versionsOf(person), "no version was filed by the fuzzing");
        for (long fuzzedDraft : List.of(interest, meeting)) {
            DraftView other = official.call(() -> declarations.draft(fuzzedDraft));
            if (other.findings().stream().anyMatch(Finding::isError)) {
                boolean refused;
                try {
                    official.call(() -> declarations.submit(fuzzedDraft, other.revision(), UUID.randomUUID().toString(),
                            Map.of()));
                    refused = false;
                } catch (Exception e) {
                    refused = true;
                }
                assertTrue(refused, "a draft the rules find errors in is not filed");
            }
        }
        // the values reached the pages' logic (a page answered with its messages), not only the view state check
        int answered = STATUSES.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(STATUSES.getOrDefault(200, 0) + STATUSES.getOrDefault(302, 0) > answered * 3 / 4,
                "most posts were processed by the page: " + STATUSES);
        report("forms");
    }

    /**
     * Every field of every form of the page, each given its share of the values, the rest of the form as served;
     * {@code firstPress}, when given, is a button of the page's first form pressed before (adding an item).
     */
    private void fuzzPage(WebClient client, String page, String firstPress) throws Exception {
        HttpResponse<String> first = client.get(page);
        assertEquals(200, first.statusCode(), page + " opens for its user");
        String html = first.body();
        if (firstPress != null) {
            String formId = firstPress.substring(0, firstPress.indexOf(':'));
            Map<String, String> form = WebClient.hiddenFields(html, formId);
            form.putAll(visibleFields(html, formId));
            form.put(firstPress, "");
            HttpResponse<String> pressed = client.post(page, form);
            assertEquals(200, pressed.statusCode(), page + " " + firstPress);
            html = pressed.body();
        }
        Matcher forms = FORM.matcher(html);
        List<String[]> found = new ArrayList<>();
        while (forms.find()) {
            found.add(new String[] {forms.group(1), forms.group(2).replace("&amp;", "&")});
        }
        int offset = page.hashCode() & 0xffff;
        for (String[] form : found) {
            Map<String, String> fields = visibleFields(html, form[0]);
            if (fields.isEmpty()) {
                continue;
            }
            String button = button(html, form[0]);
            for (String field : fields.keySet()) {
                String entry = "POST " + page.replaceAll("\\?.*section=", "#").replaceAll("\\?id=\\d+", "")
                        + " (" + fields.size() + " fields of form " + form[0] + ")";
                for (int i = 0; i < PER_FIELD; i++) {
                    Value value = VALUES.get(offset++ % VALUES.size());
                    StringBuilder body = new StringBuilder();
                    WebClient.hiddenFields(html, form[0]).forEach((k, v) -> append(body, k, encode(v)));
                    for (Map.Entry<String, String> other : fields.entrySet()) {
                        append(body, other.getKey(), other.getKey().equals(field) ? value.encoded() : encode(other.getValue()));
                    }
                    if (button != null) {
                        append(body, button, "");
                    }
                    HttpResponse<String> answer = client.postRaw(form[1], "application/x-www-form-urlencoded",
                            body.toString().getBytes(StandardCharsets.ISO_8859_1));
                    check(entry, value, answer);
                    // go on from the page as it now is (a fresh view state), as a person clicking again would
                    html = answer.statusCode() == 200 && answer.body().contains("<form id=\"" + form[0] + "\"")
                            ? answer.body() : client.get(page).body();
                }
            }
        }
    }

    /** The fields a person types into or chooses from, with what the page shows in them. */
    private static Map<String, String> visibleFields(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form);
        while (field.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(field.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            String name = attributes.get("name");
            String type = attributes.getOrDefault("type", "text");
            if (name == null || type.equals("hidden") || type.equals("submit") || type.equals("file")
                    || name.equals(WebClient.VIEW_STATE) || attributes.containsKey("disabled")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked")) {
                fields.putIfAbsent(name, "");
                continue;
            }
            fields.putIfAbsent(name, attributes.getOrDefault("value", "").replace("&amp;", "&").replace("&#58;", ":"));
        }
        return fields;
    }

    /** The button that keeps the person on the page (save, search, send), else the form's first. */
    private static String button(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        String form = html.substring(start, html.indexOf("</form>", start));
        List<String> buttons = new ArrayList<>();
        Matcher button = BUTTON.matcher(form);
        while (button.find()) {
            buttons.add(button.group(1));
        }
        for (String preferred : List.of("save", "search", "signIn", "send", "add", "filter", "clarif")) {
            for (String name : buttons) {
                if (name.toLowerCase().contains(preferred.toLowerCase())) {
                    return name;
                }
            }
        }
        return buttons.isEmpty() ? null : buttons.get(0);
    }

    private void get(WebClient client, String entry, String path, Value value) throws Exception {
        try {
            check(entry, value, client.get(path));
        } catch (IllegalArgumentException unsendable) {
            // a value the HTTP client itself will not put in a URL never reaches the server
            TRIED.merge(entry + " (not sendable)", 1, Integer::sum);
        }
    }

    private void check(String entry, Value value, HttpResponse<String> answer) {
        TRIED.merge(entry, 1, Integer::sum);
        STATUSES.merge(answer.statusCode(), 1, Integer::sum);
        String body = answer.body() == null ? "" : answer.body();
        String what = entry + " = " + value + ": ";
        if (answer.statusCode() >= 500) {
            failures.add(what + "answered " + answer.statusCode());
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                failures.add(what + "shows " + internal);
            }
        }
        boolean html = answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (html) {
            for (String markup : LIVE_MARKUP) {
                if (body.contains(markup)) {
                    failures.add(what + "echoes live markup " + markup);
                }
            }
            // the view state's id and the CSP nonces are long random numbers that may hold the digits by chance
            String shown = body.replaceAll("<input[^>]*type=\"hidden\"[^>]*>", "").replaceAll("nonce=\"[^\"]*\"", "")
                    .replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "");
            if (shown.contains(FuzzValues.EVALUATED)) {
                failures.add(what + "evaluated an expression typed into it");
            }
        }
        assertTrue(failures.size() < 25, String.join("\n", failures));
    }

    private void report(String part) {
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("valuesPerFormField", PER_FIELD);
        figures.put("valuesPerParameter", PER_PARAMETER);
        figures.put("entryPoints", TRIED.size());
        figures.put("inputsTried", TRIED.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("failures", 0);
        STATUSES.forEach((status, count) -> figures.put("answered " + status, count));
        TRIED.forEach((entry, count) -> figures.put(entry, count));
        DrillFigures.write("fuzzing-" + part, figures);
        TRIED.clear();
        STATUSES.clear();
    }

    private static void append(StringBuilder body, String name, String encodedValue) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(encode(name)).append('=').append(encodedValue);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertPlain(String what, String... names) {
        for (String name : names) {
            assertTrue(name == null || (PlainTextValidator.isPlain(name, false) && name.length() <= 300),
                    "a " + what + " stored with a name the rules refuse: " + name);
        }
    }

    private long maxId(String entity) {
        List<Long> max = database.list("select coalesce(max(e.id), 0) from " + entity + " e", Long.class);
        return max.get(0);
    }

    private long versionsOf(Person person) {
        return database.count("select count(v) from DeclarationVersion v where v.declaration.person.id = ?1", person.getId());
    }

    private DraftView save(long id) throws Exception {
        int revision = official.call(() -> declarations.draft(id)).revision();
        return official.call(() -> declarations.saveDraft(id, revision, Filings.validAssetContent("12.500,50")));
    }
}
