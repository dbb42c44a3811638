package gr.integrity.register.it.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The malformed values the fuzzing drill sends: wrong types, huge, empty, control characters, invalid UTF-8, markup,
 * expression-language and SQL fragments, path traversal, deeply nested JSON, and random mixtures of them, generated
 * from a fixed seed so that a failure can be replayed. A value is either text (sent URL-encoded, as a browser would)
 * or {@code raw}: bytes already percent-encoded, for sequences no browser would produce (invalid UTF-8).
 */
public final class FuzzValues {

    /** A script that would run if a page echoed the value unescaped; the drill looks for it in every answer. */
    public static final String SCRIPT = "<script>fuzzed()</script>";
    public static final String IMAGE = "\"><img src=x onerror=fuzzed()>";
    /** The result of an expression that must never be evaluated: {@code #{1337*1337}} typed into a field. */
    public static final String EVALUATED = "1787569";

    public record Value(String text, boolean raw) {

        /** As it goes into a URL or a form body. */
        public String encoded() {
            return raw ? text : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
            return (raw ? "raw:" : "") + shown.replaceAll("\\p{Cntrl}", "?");
        }
    }

    private FuzzValues() {
    }

    /** The fixed values, then random mixtures of them, {@code count} in all. */
    public static List<Value> generate(int count, long seed) {
        List<Value> fixed = fixed();
        List<Value> values = new ArrayList<>(fixed);
        Random random = new Random(seed);
        while (values.size() < count) {
            Value a = fixed.get(random.nextInt(fixed.size()));
            Value b = fixed.get(random.nextInt(fixed.size()));
            if (a.raw() || b.raw()) {
                values.add(new Value(a.encoded() + b.encoded(), true));
            } else {
                String glue = switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> " ";
                    case 2 -> "\u0000";
                    default -> "\n";
                };
                String mixed = a.text() + glue + b.text();
                values.add(new Value(mixed.length() > 200_000 ? mixed.substring(0, 200_000) : mixed, false));
            }
        }
        return values.subList(0, count);
    }

    static List<Value> fixed() {
        List<Value> v = new ArrayList<>();
        for (String text : List.of(
                // wrong types and odd numbers
                "abc", "-1", "0", "1e309", "NaN", "-0", "0x1F", "99999999999999999999999", "1.000.000,00,00", "true",
                "null", "undefined", "[]", "{}", "2026-02-30", "31/12/2026", "9999-99-99", "-2026-01-01",
                // empty and blank
                "", " ", "\t", "\u00a0", "\u3000",
                // control characters and tricky Unicode
                "\u0000", "a\u0000b", "\u0007\u0008\u001b[31m", "\r\n\r\n", "\u202eevil", "\ufeff", "\ud83d\ude00",
                "e\u0301\u0301\u0301\u0301", "\uffff", "Ω≈ç√∫˜µ≤≥÷",
                // markup and expression language
                SCRIPT, IMAGE, "javascript:fuzzed()", "<svg onload=fuzzed()>", "#{1337*1337}", "${1337*1337}",
                "<!--", "]]>", "&amp;&lt;", "{{1337*1337}}",
                // SQL
                "' OR '1'='1", "1; DROP TABLE person;--", "%' UNION SELECT password_hash FROM account --", "\\",
                "'\"`", "1' AND SLEEP(5)#",
                // spreadsheet formulas (CSV injection): every CSV the register writes must keep them as text
                "=1+1", "=HYPERLINK(\"https://evil.example/\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
                // message formats and format strings
                "{0}{1}{99}", "%s%s%s%n", "'", "''",
                // paths
                "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/dev/zero", "file:///etc/passwd",
                "....//....//etc/passwd", "CON", "a/b/c.pdf",
                // sizes
                "A".repeat(10_000), "Δ".repeat(65_536), "9".repeat(5_000))) {
            v.add(new Value(text, false));
        }
        v.add(new Value("[".repeat(20_000) + "]".repeat(20_000), false));
        v.add(new Value("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), false));
        // invalid UTF-8: a lone continuation byte, a truncated sequence, an encoded surrogate, overlong '/', 0xFF
        for (String raw : List.of("%80", "%C3%28", "%E2%82", "%ED%A0%80", "%C0%AF", "%FF%FE%FD", "abc%", "%%", "%0")) {
            v.add(new Value(raw, true));
        }
        return v;
    }
}
