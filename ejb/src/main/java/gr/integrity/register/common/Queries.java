package gr.integrity.register.common;

/** Helpers for building queries from user input. */
public final class Queries {

    /** Use as {@code like :param escape '!'}: portable, unlike a backslash, which MySQL also reads in literals. */
    public static final String LIKE_ESCAPE = " escape '!'";

    private Queries() {
    }

    /** A LIKE pattern matching values that contain the text; LIKE's own wildcards in the text match literally. */
    public static String contains(String text) {
        return "%" + escapeLike(text) + "%";
    }

    public static String startsWith(String text) {
        return escapeLike(text) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
