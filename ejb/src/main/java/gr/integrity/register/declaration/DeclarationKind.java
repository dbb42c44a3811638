package gr.integrity.register.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one declaration type adds to the shared lifecycle: its schema, an empty or prefilled draft, its rules,
 * and the figures a submitted version is summed up by (totals for comparisons across years).
 */
public interface DeclarationKind {

    DeclarationType type();

    DeclarationSchema schema();

    /** The prefix of the type's rule codes (ASSET, INTEREST, MEETING). */
    String codePrefix();

    /**
     * Whether the type is declared as events happen (a meeting) rather than for an obligation's period: the filer
     * starts one whenever there is something to declare.
     */
    default boolean declaredPerEvent() {
        return false;
    }

    /**
     * When a filing of this content is due, for a type declared per event (the meeting it reports, say); empty for
     * a type owed by an obligation, whose deadline says it. See {@link Lateness}.
     */
    default Optional<Instant> dueAt(DeclarationContent content) {
        return Optional.empty();
    }

    /** A new draft for a period: empty, or carrying over what still holds from the previous declaration. */
    DeclarationContent newDraft(int periodYear, DeclarationContent previous);

    /** The values a new item of a section starts with (a currency, a full share, the declarant as owner). */
    Map<String, String> defaults(String section);

    /** Every finding about the content: the shared field checks, then the type's own rules. */
    List<Finding> check(DeclarationContent content, RuleContext context);

    /**
     * The settings whose values the type's rules compare with (a cash or gift threshold), each with the value that
     * holds until an ADMIN sets another. They reach the rules through {@link RuleContext#threshold(String)}.
     */
    default Map<String, BigDecimal> thresholds() {
        return Map.of();
    }

    /** Totals by kind, computed when a version is submitted (all figures in EUR-equivalent only where EUR). */
    Map<String, BigDecimal> figures(DeclarationContent content);
}
