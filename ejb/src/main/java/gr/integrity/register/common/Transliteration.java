package gr.integrity.register.common;

/**
 * Greek to Latin transliteration after ELOT 743 (the Greek standard, also used by UNGEGN), so that English pages
 * and files show "Konstantinos Karamanlis" for "Κωνσταντίνος Καραμανλής". Names already in Latin pass unchanged.
 */
public final class Transliteration {

    private Transliteration() {
    }

    public static String toLatin(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            char base = baseLetter(lower);
            char next = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : 0;
            char nextBase = baseLetter(next);
            char afterNext = i + 2 < text.length() ? baseLetter(Character.toLowerCase(text.charAt(i + 2))) : 0;
            String latin;
            int consumed = 2;
            if ((base == 'α' || base == 'ε' || base == 'η') && nextBase == 'υ' && !hasDiaeresis(next)) {
                // αυ, ευ, ηυ: v before vowels and voiced consonants, f otherwise
                String first = base == 'α' ? "a" : base == 'ε' ? "e" : "i";
                latin = first + (isVoicedContext(afterNext) ? "v" : "f");
            } else if (base == 'ο' && nextBase == 'υ' && !hasDiaeresis(next)) {
                latin = "ou";
            } else if (base == 'γ' && (nextBase == 'γ' || nextBase == 'ξ' || nextBase == 'χ')) {
                latin = nextBase == 'γ' ? "ng" : nextBase == 'ξ' ? "nx" : "nch";
            } else {
                latin = single(base, lower);
                consumed = 1;
            }
            if (latin == null) {
                out.append(c);
                i++;
                continue;
            }
            appendWithCase(out, latin, text, i, consumed);
            i += consumed;
        }
        return out.toString();
    }

    /** Keeps the case of the source: "Θ" gives "Th" in "Θεόδωρος" and "TH" in "ΘΕΟΔΩΡΟΣ". */
    private static void appendWithCase(StringBuilder out, String latin, String text, int start, int consumed) {
        if (!Character.isUpperCase(text.charAt(start))) {
            out.append(latin);
            return;
        }
        int probe = start + 1;
        boolean restUpper = probe < text.length() && Character.isUpperCase(text.charAt(probe))
                && (consumed > 1 || probe + 1 >= text.length() || !Character.isLowerCase(text.charAt(probe + 1)));
        if (restUpper) {
            out.append(latin.toUpperCase(java.util.Locale.ROOT));
        } else {
            out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
        }
    }

    private static boolean isVoicedContext(char base) {
        return base != 0 && "αεηιουωβγδζλμνρ".indexOf(base) >= 0;
    }

    private static boolean hasDiaeresis(char c) {
        return c == 'ϊ' || c == 'ϋ' || c == 'ΐ' || c == 'ΰ';
    }

    /** The letter without its accent or diaeresis; other characters unchanged. */
    private static char baseLetter(char c) {
        switch (c) {
            case 'ά': return 'α';
            case 'έ': return 'ε';
            case 'ή': return 'η';
            case 'ί': case 'ϊ': case 'ΐ': return 'ι';
            case 'ό': return 'ο';
            case 'ύ': case 'ϋ': case 'ΰ': return 'υ';
            case 'ώ': return 'ω';
            case 'ς': return 'σ';
            default: return c;
        }
    }

    private static String single(char base, char original) {
        switch (base) {
            case 'α': return "a";
            case 'β': return "v";
            case 'γ': return "g";
            case 'δ': return "d";
            case 'ε': return "e";
            case 'ζ': return "z";
            case 'η': return "i";
            case 'θ': return "th";
            case 'ι': return "i";
            case 'κ': return "k";
            case 'λ': return "l";
            case 'μ': return "m";
            case 'ν': return "n";
            case 'ξ': return "x";
            case 'ο': return "o";
            case 'π': return "p";
            case 'ρ': return "r";
            case 'σ': return "s";
            case 'τ': return "t";
            case 'υ': return "y";
            case 'φ': return "f";
            case 'χ': return "ch";
            case 'ψ': return "ps";
            case 'ω': return "o";
            default: return null;
        }
    }
}
