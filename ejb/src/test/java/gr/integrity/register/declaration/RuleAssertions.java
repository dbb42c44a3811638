package gr.integrity.register.declaration;

import gr.integrity.register.common.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the rule tests of every declaration type check about findings, and how they build items. */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    public static DeclarationContent.Item item(String... pairs) {
        DeclarationContent.Item item = new DeclarationContent.Item();
        for (int i = 0; i < pairs.length; i += 2) {
            item.set(pairs[i], pairs[i + 1]);
        }
        return item;
    }

    /** An error with this code on this field, with a Greek message a filer can read. */
    public static void assertError(List<Finding> findings, String code, String section, String field) {
        assertTrue(findings.stream().anyMatch(f -> f.code().equals(code) && f.isError() && f.section().equals(section)
                && field.equals(f.field())), code + " expected on " + section + "." + field + " in " + findings);
        Finding finding = findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        String greek = Messages.text(Locale.forLanguageTag("el"), finding.messageKey(), finding.arguments());
        assertFalse(greek.isBlank() || greek.equals(finding.messageKey()), greek);
    }

    public static void assertWarning(List<Finding> findings, String code, String section) {
        assertTrue(findings.stream().anyMatch(f -> f.code().equals(code) && !f.isError() && f.section().equals(section)),
                code + " expected as a warning in " + section + " in " + findings);
    }

    /** A text that exists and says something different in Greek and English (not one language twice). */
    public static void assertBothLanguages(String key) {
        assertTrue(Messages.has(key), key);
        assertFalse(Messages.text(Locale.forLanguageTag("el"), key).equals(Messages.text(Locale.ENGLISH, key)), key);
    }
}
