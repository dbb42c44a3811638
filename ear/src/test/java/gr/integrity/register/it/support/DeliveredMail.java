package gr.integrity.register.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mail the tests' server delivered, read as its addressee reads it: the files the register writes to its mail
 * folder when no mail server is configured (the server's data folder's "mail"). The only place a one-time link
 * can be found: the outbox an ADMIN reads never holds one.
 */
public final class DeliveredMail {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+\\?token=([A-Za-z0-9_-]+))");

    private DeliveredMail() {
    }

    /** The folder: the test JVM is told it; inside the server it is the server's own data folder's "mail". */
    public static Path folder() {
        String told = System.getProperty("it.mail.folder");
        return told != null ? Path.of(told) : Path.of(System.getProperty("jboss.server.data.dir"), "mail");
    }

    /** The token of the newest link to that page delivered to the recipient, waiting a minute at most for it. */
    public static String tokenTo(String recipient, String page) {
        return linkTo(recipient, page).replaceAll(".*\\?token=", "");
    }

    /**
     * The newest one-time link to that page (such as "/account/activate.xhtml") delivered to the recipient,
     * waiting (a minute at most) for its mail to arrive.
     */
    public static String linkTo(String recipient, String page) {
        String[] found = new String[1];
        Eventually.until("a mail with a link to " + page + " delivered to " + recipient, Duration.ofMinutes(1), () -> {
            found[0] = mails().stream().filter(mail -> mail.headers.contains("To: " + recipient))
                    .map(mail -> LINK.matcher(mail.text)).filter(Matcher::find).map(link -> link.group(1))
                    .filter(link -> link.contains(page + "?token=")).reduce((first, second) -> second).orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The text of the newest mail delivered to the recipient, waiting (a minute at most) for it to arrive. */
    public static String textTo(String recipient) {
        String[] found = new String[1];
        Eventually.until("a mail delivered to " + recipient, Duration.ofMinutes(1), () -> {
            found[0] = mails().stream().filter(mail -> mail.headers.contains("To: " + recipient))
                    .map(Mail::text).reduce((first, second) -> second).orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The text of the n-th mail (from 1) delivered to the recipient, waiting (a minute at most) for it to arrive. */
    public static String textTo(String recipient, int nth) {
        return nthTo(recipient, nth).text();
    }

    /** The headers (unfolded) of the n-th mail (from 1) delivered to the recipient, once it has arrived. */
    public static String headersTo(String recipient, int nth) {
        return nthTo(recipient, nth).headers();
    }

    private static Mail nthTo(String recipient, int nth) {
        Mail[] found = new Mail[1];
        Eventually.until(nth + " mails delivered to " + recipient, Duration.ofMinutes(1), () -> {
            List<Mail> delivered = mails().stream().filter(mail -> mail.headers.contains("To: " + recipient)).toList();
            found[0] = delivered.size() >= nth ? delivered.get(nth - 1) : null;
            return found[0] != null;
        });
        return found[0];
    }

    private record Mail(String headers, String text) {
    }

    /** Every delivered mail, oldest first (the files are named by the outbox message's id). */
    private static List<Mail> mails() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparingLong(DeliveredMail::id)).map(DeliveredMail::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long id(Path file) {
        return Long.parseLong(file.getFileName().toString().replace(".eml", ""));
    }

    /** A MIME message of one text part: its headers (unfolded) and its text, decoded as the mail client would. */
    private static Mail read(Path file) {
        try {
            String raw = Files.readString(file, StandardCharsets.ISO_8859_1);
            int split = raw.indexOf("\r\n\r\n");
            String headers = raw.substring(0, split).replace("\r\n ", " ").replace("\r\n\t", " ");
            String body = raw.substring(split + 4);
            String encoding = Pattern.compile("(?im)^Content-Transfer-Encoding:\\s*(\\S+)").matcher(headers)
                    .results().map(m -> m.group(1).toLowerCase()).findFirst().orElse("7bit");
            byte[] bytes = switch (encoding) {
                case "base64" -> Base64.getMimeDecoder().decode(body);
                case "quoted-printable" -> quotedPrintable(body);
                default -> body.getBytes(StandardCharsets.ISO_8859_1);
            };
            return new Mail(headers, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] quotedPrintable(String body) {
        String joined = body.replace("=\r\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
