package gr.integrity.register.declaration;

import gr.integrity.register.common.TextKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules every declaration type has, each type giving them its own code: a deadline that has passed, a declaration
 * with nothing in it, the same item entered twice.
 */
public final class CommonRules {

    private CommonRules() {
    }

    /**
     * A warning once the deadline has passed: late filing is accepted and flagged, never refused. Whether it was
     * late is a fact of the first submission: an amendment of a filing made in time is not warned.
     */
    public static void deadlinePassed(String code, RuleContext context, List<Finding> findings) {
        if (context.deadline() != null && context.filedOn().isAfter(context.deadline())) {
            findings.add(Finding.warning(code, DeclarationSchema.HEADER, null, null, FieldText.date(context.deadline())));
        }
    }

    /** A warning for a declaration without a single item: the filer confirms there is nothing to declare. */
    public static void nothingDeclared(String code, DeclarationContent content, List<Finding> findings) {
        if (content.itemCount() == 0) {
            findings.add(Finding.warning(code, DeclarationSchema.HEADER, null, null));
        }
    }

    /** The items of a section grouped by their identifying values (folded), in order; items naming nothing are left out. */
    public static Map<String, List<DeclarationContent.Item>> byIdentity(SectionDef section, DeclarationContent content) {
        Map<String, List<DeclarationContent.Item>> groups = new LinkedHashMap<>();
        for (DeclarationContent.Item item : content.items(section.name())) {
            String key = identityKey(item, section.identityFields());
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        return groups;
    }

    /** A warning on every repetition of an item already entered in the same section. */
    public static void sameItemTwice(String code, DeclarationSchema schema, DeclarationContent content,
                                     List<Finding> findings) {
        for (SectionDef section : schema.sections()) {
            for (List<DeclarationContent.Item> same : byIdentity(section, content).values()) {
                for (DeclarationContent.Item repeated : same.subList(1, same.size())) {
                    findings.add(Finding.warning(code, section.name(), repeated.getId(),
                            section.identityFields().get(0)));
                }
            }
        }
    }

    /** The item's identifying values, folded; null when none is filled (nothing to compare yet). */
    public static String identityKey(DeclarationContent.Item item, List<String> fields) {
        StringBuilder key = new StringBuilder();
        boolean any = false;
        for (String field : fields) {
            String value = item.get(field);
            if (value != null) {
                any = true;
            }
            key.append(TextKeys.fold(value)).append('\u001f');
        }
        return any ? key.toString() : null;
    }
}
