package gr.integrity.register.review;

import java.util.List;

/**
 * What a red-flag rule found: the arguments of its explanation (the figures, in the order its message names them)
 * and, where the finding is about one item, its section and item id (the explanation links to it).
 */
public record RaisedFlag(List<String> arguments, String section, String itemId) {

    public RaisedFlag {
        arguments = List.copyOf(arguments);
    }

    public static RaisedFlag of(String... arguments) {
        return new RaisedFlag(List.of(arguments), null, null);
    }

    public static RaisedFlag at(String section, String itemId, String... arguments) {
        return new RaisedFlag(List.of(arguments), section, itemId);
    }
}
