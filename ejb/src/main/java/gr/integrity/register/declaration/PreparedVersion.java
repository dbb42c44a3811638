package gr.integrity.register.declaration;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.platform.Hashing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A version as a submission makes it from its content alone, before anything is stored: the type's rules passed
 * (an error refuses it, every warning must be confirmed), the content normalized, in canonical form and hashed,
 * its figures for the red flags, when it was due (a type declared per event). The one way a version comes to be:
 * a filer's submission ({@link DeclarationService#submit}), the demo data and the benchmark's bulk writer all
 * prepare their versions here, then store them (through the ORM, or in JDBC batches) with the same chain link.
 *
 * @param confirmations the warnings confirmed, by location, with the filer's explanations
 */
public record PreparedVersion(DeclarationType type, DeclarationContent content, String canonical, String contentHash,
                              Map<String, String> confirmations, Map<String, BigDecimal> figures,
                              Optional<Instant> due) {

    /** The longest explanation a filer may give for a warning. */
    public static final int EXPLANATION_MAX = 1_000;

    /**
     * The rules' gate of a submission: the warnings confirmed, with their explanations, or a refusal with the
     * findings that stand in the way. Between this and {@link #seal} a submission links the organisations it names.
     *
     * @param given the warnings the filer confirmed, by {@link Finding#location()}, with explanations (may be empty)
     */
    public static Map<String, String> confirmed(DeclarationKind kind, DeclarationContent content, RuleContext context,
                                                Map<String, String> given) {
        return confirmed(kind.check(content, context), given == null ? Map.of() : given);
    }

    /** The content as it is stored: normalized, canonical, hashed, its figures and due instant. */
    public static PreparedVersion seal(DeclarationKind kind, DeclarationContent content,
                                       Map<String, String> confirmations) {
        DeclarationContent normal = ContentNormalizer.normalize(kind.schema(), content);
        String canonical = CanonicalJson.write(normal);
        return new PreparedVersion(kind.type(), normal, canonical, Hashing.sha256Hex(canonical),
                new TreeMap<>(confirmations), new TreeMap<>(kind.figures(normal)), kind.dueAt(normal));
    }

    /**
     * Prepares generated content (the demo and benchmark data), whose filer confirms every warning; a generated
     * declaration that breaks a rule is a defect of the generator, and stops it.
     */
    public static PreparedVersion prepareGenerated(DeclarationKind kind, DeclarationContent content,
                                                   RuleContext context) {
        List<Finding> findings = kind.check(content, context);
        Map<String, String> confirmAll = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.isError()) {
                throw new IllegalStateException("A generated " + kind.type() + " declaration breaks rule "
                        + finding.code() + " at " + finding.location());
            }
            confirmAll.put(finding.location(), "");
        }
        return seal(kind, content, confirmed(findings, confirmAll));
    }

    private static Map<String, String> confirmed(List<Finding> findings, Map<String, String> given) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException("declaration.errorsRemain", errors);
        }
        List<Finding> unconfirmed = findings.stream().filter(f -> !given.containsKey(f.location())).toList();
        if (!unconfirmed.isEmpty()) {
            throw new SubmissionRefusedException("declaration.warningsUnconfirmed", unconfirmed);
        }
        Map<String, String> confirmed = new HashMap<>();
        for (Finding warning : findings) {
            String explanation = given.get(warning.location()).strip();
            if (explanation.length() > EXPLANATION_MAX) {
                throw new InvalidInputException("declaration.explanationTooLong", warning.location(), EXPLANATION_MAX);
            }
            confirmed.put(warning.location(), explanation.isEmpty() ? "confirmed" : explanation);
        }
        return confirmed;
    }

    /** The confirmations as the version stores them. */
    public String confirmationsJson() {
        return CanonicalJson.writeStrings(new TreeMap<>(confirmations));
    }

    /** The figures as the version stores them: each a plain decimal. */
    public String figuresJson() {
        Map<String, String> written = new TreeMap<>();
        figures.forEach((name, value) -> written.put(name, Numbers.normalize(value)));
        return CanonicalJson.writeStrings(written);
    }
}
