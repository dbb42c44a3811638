package gr.integrity.register.web.api.v1;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.publication.DirectoryFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The query of a list request, checked against what its collection takes: an unknown parameter, a repeated one, a
 * malformed date or id, a limit outside 1 to 1,000 or a cursor that is not this collection's is refused, naming the
 * parameter (answered 400 by the API's exception mapper).
 */
final class ApiQuery {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;
    /** Parameters every list takes: paging and the representation. */
    private static final Set<String> COMMON = Set.of("limit", "cursor", "format", "lang");

    private final String collection;
    private final MultivaluedMap<String, String> parameters;

    ApiQuery(String collection, MultivaluedMap<String, String> parameters, Set<String> filters) {
        this.collection = collection;
        this.parameters = parameters;
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(filters);
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException("api.unknownParameter", name, name, String.join(", ", allowed.stream().sorted().toList()));
            }
            if (parameters.get(name).size() > 1) {
                throw new InvalidInputException("api.repeatedParameter", name, name);
            }
        }
    }

    String text(String name) {
        String value = parameters.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw new InvalidInputException("api.tooLong", name, name, 200);
        }
        return value.strip();
    }

    Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new InvalidInputException("api.badId", name, name);
        }
        return Long.parseLong(value);
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("api.badDate", name, name);
        }
    }

    int limit() {
        String value = text("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw new InvalidInputException("api.badLimit", "limit", MAX_LIMIT);
        }
        return Integer.parseInt(value);
    }

    DeclarationType type() {
        String value = text("type");
        if (value == null) {
            return null;
        }
        try {
            return DeclarationType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("api.badType", "type");
        }
    }

    /**
     * CSV when asked by {@code format}, or, with none, when the Accept header prefers {@code text/csv} to JSON
     * (the types in the client's order of preference, as JAX-RS sorts them); else JSON. A generated client that
     * accepts both, JSON first, gets JSON.
     */
    boolean csv(List<MediaType> acceptable) {
        String format = text("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidInputException("api.badFormat", "format");
        }
        if (format != null) {
            return format.equals("csv");
        }
        for (MediaType type : acceptable) {
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** What the cursor says, for this collection only; null for the first page. */
    String cursor() {
        String value = text("cursor");
        if (value == null) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("api.badCursor", "cursor");
        }
        if (!decoded.startsWith(collection + ":")) {
            throw new InvalidInputException("api.badCursor", "cursor");
        }
        return decoded.substring(collection.length() + 1);
    }

    /** The cursor as an id, for the collections paged by id. */
    Long afterId() {
        String after = cursor();
        if (after == null) {
            return null;
        }
        if (!after.matches("\\d{1,18}")) {
            throw new InvalidInputException("api.badCursor", "cursor");
        }
        return Long.parseLong(after);
    }

    String nextCursor(Object last) {
        return last == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString((collection + ":" + last).getBytes(StandardCharsets.UTF_8));
    }

    DirectoryFilter filter() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("api.badRange", "to");
        }
        return new DirectoryFilter(text("q"), id("institution"), id("official"), id("organisation"), type(), from, to,
                null);
    }
}
