package gr.integrity.register.web.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The register's areas behind sign-in, by the start of their paths: one list, so that a new area is stateful, in
 * the signed-in request lane and told of an expired session as the others are.
 */
public final class SignedInAreas {

    public static final List<String> PREFIXES = List.of("/official/", "/auditor/", "/audit/", "/admin/", "/lobbyist/",
            "/liaison/", "/returns/");

    private SignedInAreas() {
    }

    /** The list with more paths after it. */
    public static List<String> and(String... more) {
        return Stream.concat(PREFIXES.stream(), Arrays.stream(more)).toList();
    }

    public static boolean contains(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
