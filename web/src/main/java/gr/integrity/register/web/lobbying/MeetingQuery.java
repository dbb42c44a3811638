package gr.integrity.register.web.lobbying;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.lobbying.MeetingFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A meeting search as its address writes it ({@code q}, {@code official}, {@code institution},
 * {@code organisation}, {@code area} (a policy area), {@code from}, {@code to}), shared by the search page and its downloads so that a download
 * gives exactly what the page shows. A value that is not what its parameter takes is refused naming the parameter.
 */
public record MeetingQuery(String q, String official, String institution, String organisation, String area,
                           String from, String to) {

    public static MeetingQuery from(Function<String, String> parameter) {
        return new MeetingQuery(parameter.apply("q"), parameter.apply("official"), parameter.apply("institution"),
                parameter.apply("organisation"), parameter.apply("area"), parameter.apply("from"), parameter.apply("to"));
    }

    public MeetingFilter filter() {
        String words = q == null || q.isBlank() ? null : q.strip();
        if (words != null && words.length() > 200) {
            throw new InvalidInputException("search.tooLong", "q", 200);
        }
        String policyArea = area == null || area.isBlank() ? null : area.strip();
        if (policyArea != null && policyArea.length() > 200) {
            throw new InvalidInputException("search.tooLong", "area", 200);
        }
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException("search.range", "to");
        }
        return new MeetingFilter(id(official, "official"), id(institution, "institution"),
                id(organisation, "organisation"), policyArea, words, start, end);
    }

    /** The query string of this search, for links to its next page and its downloads. */
    public String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("official", official);
        parameters.put("institution", institution);
        parameters.put("organisation", organisation);
        parameters.put("area", area);
        parameters.put("from", from);
        parameters.put("to", to);
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    private static Long id(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException("search.badId", parameter);
        }
        return Long.parseLong(value.strip());
    }

    private static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("search.badDate", parameter);
        }
    }
}
