package gr.integrity.register.it.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures a drill measured (inputs tried, submissions stored, anything lost), written as one small JSON file per
 * drill under {@code ear/target/drills/}, for the reliability section of the docs. Written from inside the server
 * or from the test JVM alike: the folder is found from either's base directory.
 */
public final class DrillFigures {

    private DrillFigures() {
    }

    public static Path folder() {
        String serverBase = System.getProperty("jboss.server.base.dir");
        Path target = serverBase != null ? Path.of(serverBase).getParent()
                : Path.of(System.getProperty("test.classes", "target/test-classes")).getParent();
        return target.resolve("drills");
    }

    /** Writes the figures (names to numbers or words, in the order given) as {@code <drill>.json}. */
    public static void write(String drill, Map<String, ?> figures) {
        String json = figures.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + (e.getValue() instanceof Number || e.getValue() instanceof Boolean
                        ? e.getValue().toString() : "\"" + e.getValue().toString().replace("\"", "'") + "\""))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        try {
            Files.createDirectories(folder());
            Files.writeString(folder().resolve(drill + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
