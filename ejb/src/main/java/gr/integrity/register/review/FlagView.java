package gr.integrity.register.review;

import java.util.List;

/** A red flag as auditors read it: its code and weight, the figures of its explanation, and where it points. */
public record FlagView(String code, int weight, List<String> arguments, Long declarationId, Integer versionNo,
                       String section, String itemId) implements java.io.Serializable {
}
