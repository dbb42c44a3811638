package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.it.support.TestHttp;
import nu.validator.validation.SimpleDocumentValidator;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main public pages (home, search results, an official, an institution, an organisation, a declaration, the
 * meeting search)
 * in headless Chromium: no serious or critical accessibility violation found by axe-core, no error from the Nu HTML
 * Checker on the markup the server sends, and the search usable by keyboard alone.
 */
@RunAsClient
class PublicPagesQualityBrowserIT extends FilingBrowserTest {

    private static final HttpClient HTTP = TestHttp.CLIENT;

    @Test
    void theMainPublicPagesPassAxeAndTheNuHtmlChecker() throws Exception {
        String asset = api("/api/v1/declarations?type=ASSET&limit=1");
        String organisation = api("/api/v1/organisations?limit=1");
        String official = first(asset, "officialId");
        String institution = first(api("/api/v1/officials/" + official), "institutionId");
        List<String> pages = List.of("/", "/search.xhtml?q=" + java.net.URLEncoder.encode("Βουλή", StandardCharsets.UTF_8),
                "/person.xhtml?id=" + official, "/institution.xhtml?id=" + institution,
                "/organisation.xhtml?id=" + first(organisation, "id"),
                "/declaration.xhtml?id=" + first(asset, "id"), "/meetings.xhtml", "/verify.xhtml");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.open(page);
            browser.find("main");
            problems.addAll(Axe.blocking(browser, page));
            for (String error : nuErrors(get(page))) {
                problems.add(page + " Nu: " + error);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPageEachRoleReachesFromItsMenusPassesAxeInGreekAndEnglish() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String[] account : List.of(new String[]{null, null}, new String[]{"official", "demo-official-2026"},
                new String[]{"auditor", "demo-auditor-2026"}, new String[]{"admin", "demo-admin-2026"},
                new String[]{"lobbyist", "demo-lobbyist-2026"}, new String[]{"liaison", "demo-liaison-2026"})) {
            if (account[0] == null) {
                browser.driver().manage().deleteAllCookies();
                browser.open("/");
            } else {
                browser.signInAs(account[0], account[1]);
            }
            browser.find("main");
            // the pages the role's menus and home page lead to, on this site, once each
            Set<String> pages = new java.util.TreeSet<>();
            for (WebElement link : browser.driver().findElements(org.openqa.selenium.By.cssSelector("header a[href], nav a[href], main a[href]"))) {
                String href = link.getAttribute("href");
                if (href != null && href.startsWith(base.toString()) && href.contains(".xhtml") && !href.contains("#")) {
                    pages.add(href.substring(base.toString().length() - 1).replaceAll("[?&]lang=[a-z]+", ""));
                }
            }
            // and, one level down, a page of each kind those pages link to (an edit form, a record, a batch): the
            // pages reached only from a list
            // the role's own pages (in a folder: /auditor/, /returns/…) before the public ones it also links to
            List<String> menuPages = pages.stream().sorted(java.util.Comparator.comparing(
                    (String p) -> p.replaceAll("\\?.*", "").lastIndexOf('/') == 0)).limit(25).toList();
            Set<String> kinds = new java.util.HashSet<>();
            menuPages.forEach(p -> kinds.add(p.replaceAll("\\?.*", "")));
            List<String> deeper = new ArrayList<>();
            List<String> visits = new ArrayList<>(menuPages);
            for (int v = 0; v < visits.size(); v++) {
                String page = visits.get(v);
                for (String lang : List.of("el", "en")) {
                    String address = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                    browser.open(address);
                    browser.find("main");
                    checked++;
                    if (v < menuPages.size() && lang.equals("el") && deeper.size() < 15) {
                        for (WebElement link : browser.driver().findElements(org.openqa.selenium.By.cssSelector("main a[href]"))) {
                            String href = link.getAttribute("href");
                            if (href != null && href.startsWith(base.toString()) && href.contains(".xhtml")
                                    && !href.contains("#") && deeper.size() < 15) {
                                String found = href.substring(base.toString().length() - 1).replaceAll("[?&]lang=[a-z]+", "");
                                if (kinds.add(found.replaceAll("\\?.*", ""))) {
                                    deeper.add(found);
                                    visits.add(found);
                                }
                            }
                        }
                    }
                    problems.addAll(Axe.blocking(browser, (account[0] == null ? "public" : account[0]) + " " + address));
                }
            }
        }
        assertTrue(checked > 60, "pages checked: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSearchWorksByKeyboardAlone() {
        browser.open("/");
        WebElement focused = null;
        for (int i = 0; i < 40; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
            if ("q".equals(focused.getAttribute("id"))) {
                break;
            }
        }
        assertEquals("q", focused.getAttribute("id"), "the search box is reached by Tab");
        focused.sendKeys("Βουλη των ελληνων");
        browser.navigate(focused, Keys.ENTER);
        assertTrue(browser.address().contains("/search.xhtml"), browser.address());
        assertTrue(browser.text("#found-institutions").contains("Βουλή των Ελλήνων"), browser.text("main"));
        browser.navigate(browser.find("#found-institutions a"), Keys.ENTER);
        assertTrue(browser.address().contains("/institution.xhtml"), browser.address());
        assertEquals("Βουλή των Ελλήνων", browser.text("main h1"));
        assertTrue(browser.text("#institution-officials").length() > 0);
    }

    private String api(String path) throws Exception {
        return get(path);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(TestHttp.request(URI.create(base.toString().replaceAll("/$", "")
                + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    private static String first(String json, String field) {
        Matcher found = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(found.find(), json);
        return found.group(1);
    }

    /** The Nu HTML Checker's errors on a document (warnings and information are not errors). */
    private static List<String> nuErrors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // advice, not an error
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }
}
