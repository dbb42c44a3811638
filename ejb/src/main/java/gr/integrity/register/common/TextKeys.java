package gr.integrity.register.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folded forms of text for matching and search: no accents, lower case, Greek final sigma folded into sigma,
 * whitespace collapsed. "Καραμανλής", "ΚΑΡΑΜΑΝΛΗΣ" and "καραμανλης" all fold to "καραμανλησ", so a lookup
 * ignores accents and case the same way on every database server.
 */
public final class TextKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {
    }

    /** The folded form of a text, keeping its punctuation; {@code ""} for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String lower = stripped.toLowerCase(Locale.ROOT).replace('ς', 'σ');
        return SPACES.matcher(lower).replaceAll(" ").trim();
    }

    /** The words of a text, folded; punctuation and hyphens separate words. */
    public static List<String> words(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of a text, folded and sorted, joined by one space: the same for any order of the names. */
    public static String sortedWordsKey(String text) {
        String[] sorted = words(text).toArray(String[]::new);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }
}
