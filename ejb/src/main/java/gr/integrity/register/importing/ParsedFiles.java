package gr.integrity.register.importing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few files parsed, by content hash: an import runs chunk after chunk over the same file and need not
 * parse it again for each one. A restarted server simply parses it anew.
 */
@ApplicationScoped
public class ParsedFiles {

    private static final int KEEP = 3;

    private final Map<String, ParsedFile> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedFile> eldest) {
            return size() > KEEP;
        }
    };

    public synchronized ParsedFile get(String sha256, ImportKind kind, Supplier<ParsedFile> parser) {
        return recent.computeIfAbsent(kind + ":" + sha256, key -> parser.get());
    }
}
