package gr.integrity.register.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register's own messages (rules' findings, red flags, labels shared with PDFs and mail) and its Bean
 * Validation messages exist in Greek and English alike: the same keys, none empty.
 */
class MessageBundlesTest {

    @Test
    void theGreekAndEnglishMessagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : new String[]{"/gr/integrity/register/messages", "/ValidationMessages"}) {
            Properties el = load(bundle + "_el");
            Properties en = load(bundle + "_en");
            assertEquals(new TreeSet<>(el.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                    bundle + ": the same keys in Greek and English");
            for (Properties language : new Properties[]{el, en}) {
                language.forEach((key, value) -> assertTrue(!value.toString().isBlank(), bundle + " " + key + " is empty"));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name + ".properties")) {
            assertTrue(in != null, name + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
