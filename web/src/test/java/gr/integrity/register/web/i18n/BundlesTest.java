package gr.integrity.register.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page says everything in Greek and in English: the pages' bundles have the same keys in both languages, none
 * of them empty, and every key a page names ({@code i18n['...']}) is in them.
 */
class BundlesTest {

    private static final String BUNDLES = "/gr/integrity/register/web/";
    private static final Path PAGES = Path.of("src/main/webapp");

    @Test
    void theGreekAndEnglishBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : new String[]{"i18n", "FacesMessages"}) {
            Properties el = load(bundle + "_el");
            Properties en = load(bundle + "_en");
            assertEquals(new TreeSet<>(el.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                    bundle + ": the same keys in Greek and English");
            for (Properties language : new Properties[]{el, en}) {
                language.forEach((key, value) -> assertTrue(!value.toString().isBlank(), bundle + " " + key + " is empty"));
            }
        }
    }

    @Test
    void everyKeyAPageNamesIsInTheBundles() throws IOException {
        Properties el = load("i18n_el");
        Pattern named = Pattern.compile("i18n\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = named.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (key.find()) {
                    if (!el.containsKey(key.group(1))) {
                        missing.add(PAGES.relativize(page) + ": " + key.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys the pages name that no bundle has: " + missing);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(BUNDLES + name + ".properties")) {
            assertTrue(in != null, name + " exists");
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
