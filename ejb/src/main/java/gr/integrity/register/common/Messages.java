package gr.integrity.register.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The register's domain messages (business errors, rule findings, mail) in Greek and English.
 * Greek is the default; a missing English text falls back to Greek, never to the JVM's default locale.
 */
public final class Messages {

    public static final Locale GREEK = Locale.forLanguageTag("el");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "gr.integrity.register.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Greek unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : GREEK;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        String pattern = lookup(language, key);
        if (pattern == null && language != GREEK) {
            pattern = lookup(GREEK, key);
        }
        if (pattern == null) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    public static boolean has(String key) {
        return lookup(GREEK, key) != null;
    }

    private static String lookup(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
