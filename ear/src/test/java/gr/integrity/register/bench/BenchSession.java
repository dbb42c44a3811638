package gr.integrity.register.bench;

import gr.integrity.register.it.support.WebClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One person's browser for the load runs: its own cookies over an HTTP client all sessions share (a client per
 * session would cost a selector thread each, and the benchmark signs in a thousand filers).
 */
final class BenchSession {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    BenchSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return remember(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return post(path, fields, TIMEOUT);
    }

    HttpResponse<String> post(String path, Map<String, String> fields, Duration timeout) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(http.send(request(path).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form with one file in it (multipart/form-data), as a browser's upload does. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
                                  Path file, Duration timeout) throws Exception {
        String boundary = "bench" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n");
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        return remember(http.send(request(path).timeout(timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in through the sign-in page; true when the register let them in (a redirect away from it). */
    boolean signIn(String username, String password) throws Exception {
        Map<String, String> form = WebClient.hiddenFields(get("/login.xhtml").body(), "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "");
        HttpResponse<String> answer = post("/login.xhtml", form);
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    /** Every checkbox of a form, ticked: the filer confirms each warning the review page lists. */
    static Map<String, String> tickedCheckboxes(String html, String formId) {
        Map<String, String> ticked = new LinkedHashMap<>();
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            return ticked;
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        var matcher = java.util.regex.Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*>").matcher(form);
        while (matcher.find()) {
            var name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(matcher.group());
            if (name.find()) {
                ticked.put(name.group(1), "on");
            }
        }
        return ticked;
    }

    /** Where a form posts to, as the page says. */
    static String action(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        var matcher = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(
                html.substring(start, html.indexOf('>', start)));
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }
}
