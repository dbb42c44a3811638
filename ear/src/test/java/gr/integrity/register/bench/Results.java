package gr.integrity.register.bench;

import org.HdrHistogram.Histogram;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures the load runs report, and their JSON form (a few nested maps, lists, numbers and strings). */
final class Results {

    private Results() {
    }

    /** p50 to p99 and the maximum, in milliseconds, of a histogram recorded in microseconds. */
    static Map<String, Object> percentiles(Histogram micros) {
        Map<String, Object> ms = new LinkedHashMap<>();
        ms.put("count", micros.getTotalCount());
        for (double p : new double[]{50, 90, 95, 99}) {
            ms.put("p" + (int) p, round(micros.getValueAtPercentile(p) / 1000.0));
        }
        ms.put("max", round(micros.getMaxValue() / 1000.0));
        return ms;
    }

    static Map<String, Object> outcomes(Collection<FilingLoad.Attempt> attempts, double seconds) {
        Map<String, Object> result = new LinkedHashMap<>();
        long stored = attempts.stream().filter(a -> a.outcome() == FilingLoad.Outcome.STORED).count();
        long refused = attempts.stream().filter(a -> a.outcome() == FilingLoad.Outcome.REFUSED).count();
        long failed = attempts.stream().filter(a -> a.outcome() == FilingLoad.Outcome.FAILED).count();
        result.put("seconds", round(seconds));
        result.put("submissions", attempts.size());
        result.put("stored", stored);
        result.put("refused", refused);
        result.put("failed", failed);
        result.put("stored_per_second", round(stored / seconds));
        result.put("error_rate", attempts.isEmpty() ? 0 : round((refused + failed) / (double) attempts.size()));
        return result;
    }

    /** JSON written elsewhere (wrk's report), put in as it is. */
    record Raw(String json) {
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            out.append("{");
            String inner = indent + "  ";
            boolean first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "\n" : ",\n").append(inner);
                write(out, String.valueOf(entry.getKey()), inner);
                out.append(": ");
                write(out, entry.getValue(), inner);
                first = false;
            }
            out.append(first ? "}" : "\n" + indent + "}");
        } else if (value instanceof List<?> list) {
            out.append("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(out, list.get(i), indent);
            }
            out.append("]");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
