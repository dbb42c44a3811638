package gr.integrity.register.registry.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as the Greek files write it: lower case, no accents, sometimes with a nickname in parentheses
 * ("μερκουρη σταματιου αμαλια-μαρια (μελινα)"). The parliament file writes "surname father's-name first-name",
 * the government file "first-name surname".
 */
public record ImportedName(String givenName, String familyName, String fatherName, String nickname) {

    private static final Pattern NICKNAME = Pattern.compile("\\(([^)]*)\\)");
    private static final Locale GREEK = Locale.forLanguageTag("el");

    public static ImportedName parliamentOrder(String raw) {
        Parts parts = split(raw);
        List<String> words = parts.words();
        if (words.size() < 3) {
            // no father's name given
            return new ImportedName(titleCase(String.join(" ", words.subList(1, words.size()))),
                    titleCase(words.get(0)), null, parts.nickname());
        }
        return new ImportedName(titleCase(String.join(" ", words.subList(2, words.size()))), titleCase(words.get(0)),
                titleCase(words.get(1)), parts.nickname());
    }

    public static ImportedName givenFirst(String raw) {
        Parts parts = split(raw);
        List<String> words = parts.words();
        return new ImportedName(titleCase(String.join(" ", words.subList(0, words.size() - 1))),
                titleCase(words.get(words.size() - 1)), null, parts.nickname());
    }

    /** Whether the raw text has enough words to be a name in this order. */
    public static boolean isParsable(String raw, boolean parliamentOrder) {
        List<String> words = split(raw).words();
        return words.size() >= 2 && (!parliamentOrder || words.size() <= 4);
    }

    private record Parts(List<String> words, String nickname) {
    }

    private static Parts split(String raw) {
        String text = raw == null ? "" : raw.strip();
        String nickname = null;
        Matcher m = NICKNAME.matcher(text);
        if (m.find()) {
            nickname = titleCase(m.group(1).strip());
            text = NICKNAME.matcher(text).replaceAll(" ").strip();
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        words.removeIf(String::isEmpty);
        return new Parts(words, nickname);
    }

    /** "αμαλια-μαρια" becomes "Αμαλια-Μαρια"; the files carry no accents to restore. */
    public static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                out.append(start ? String.valueOf(c).toUpperCase(GREEK) : String.valueOf(c));
                start = false;
            } else {
                out.append(c);
                start = c == ' ' || c == '-' || c == '(' || c == '\'';
            }
        }
        return out.toString();
    }

    /** Only the first letter upper case: for role titles ("υπουργος πολιτισμου" becomes "Υπουργος πολιτισμου"). */
    public static String sentenceCase(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(GREEK) + t.substring(1);
    }
}
