import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the Integrity Register's transparency log from outside, with the JDK alone:
 *
 *   java tools/LogVerifier.java https://register.example.gr [--receipt ASSET-2024-000123-1] [--state log-state.txt]
 *
 * It fetches the latest signed tree head and checks its signature against the log's published keys; with --state,
 * it checks that the head extends the one seen last time (a consistency proof: nothing logged before was changed
 * or dropped) and records it, with the audit trail's chain head it anchors; with --receipt, it checks that the
 * version is in the tree (an inclusion proof) and, when the version is public, that its public form hashes to its
 * leaf. Exit status: 0 verified, 1 the log failed a check, 2 the log could not be asked.
 */
public final class LogVerifier {

    private static final HexFormat HEX = HexFormat.of();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    private LogVerifier() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length % 2 == 0) {
            System.err.println("usage: java LogVerifier.java <register address> [--receipt <number>] [--state <file>]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        try {
            List<String> failures = verify(base, options.get("--receipt"),
                    options.containsKey("--state") ? Path.of(options.get("--state")) : null);
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(failures.isEmpty() ? 0 : 1);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("The log could not be asked: " + e);
            System.exit(2);
        }
    }

    static List<String> verify(String base, String receipt, Path state) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        Map<String, Object> head = object(get(base + "/log/v1/sth"));
        long size = number(head, "tree_size");
        byte[] root = HEX.parseHex((String) head.get("root_hash"));
        Map<String, String> keys = new LinkedHashMap<>();
        for (Object key : (List<?>) object(get(base + "/log/v1/keys")).get("keys")) {
            Map<?, ?> k = (Map<?, ?>) key;
            keys.put((String) k.get("key_id"), (String) k.get("public_key"));
        }
        if (!signed(head, keys)) {
            failures.add("the tree head of size " + size + " is not signed by a key of the log");
        } else {
            System.out.println("Tree head: " + size + " leaves, root " + head.get("root_hash") + ", signed "
                    + head.get("signed_at") + " by key " + head.get("key_id"));
        }
        if (state != null && Files.exists(state)) {
            List<String> lines = Files.readAllLines(state).stream().filter(l -> !l.isBlank()).toList();
            String[] seen = lines.get(lines.size() - 1).split(" ");
            long seenSize = Long.parseLong(seen[0]);
            byte[] seenRoot = HEX.parseHex(seen[1]);
            if (seenSize > size) {
                failures.add("the log shrank: " + seenSize + " leaves seen before, " + size + " now");
            } else if (seenSize == size) {
                if (!Arrays.equals(seenRoot, root)) {
                    failures.add("the tree of " + size + " leaves has another root than before: history was rewritten");
                }
            } else if (seenSize > 0) {
                List<byte[]> proof = hashes(object(get(base + "/log/v1/consistency?first=" + seenSize + "&second="
                        + size)).get("consistency"));
                if (!consistent(seenSize, seenRoot, size, root, proof)) {
                    failures.add("the tree of " + size + " leaves does not extend the tree of " + seenSize
                            + " seen before: history was rewritten");
                } else {
                    System.out.println("Consistent with the head seen before (" + seenSize + " leaves)");
                }
            }
        }
        if (receipt != null) {
            Map<String, Object> proof = object(get(base + "/log/v1/proof?receipt=" + receipt + "&size=" + size));
            byte[] leafHash = HEX.parseHex((String) proof.get("leaf_hash"));
            Object input = proof.get("leaf_input");
            if (input != null && !Arrays.equals(leafHash, leafHash(((String) input).getBytes(StandardCharsets.UTF_8)))) {
                failures.add("the public form of " + receipt + " does not hash to its leaf");
            }
            long index = number(proof, "leaf_index");
            if (!included(leafHash, index, size, hashes(proof.get("audit_path")), root)) {
                failures.add(receipt + " is not in the tree of " + size + " leaves as the log claims");
            } else {
                System.out.println(receipt + ": leaf " + index + " of " + size + ", " + proof.get("status")
                        + (input == null ? "" : ", its public form matches its leaf"));
            }
        }
        if (state != null && failures.isEmpty()) {
            Files.writeString(state, size + " " + head.get("root_hash") + " " + head.get("timestamp") + " "
                    + head.get("audit_entry_id") + " " + head.get("audit_chain_hash") + "\n", StandardCharsets.US_ASCII,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        return failures;
    }

    /** The head's signature over its fields, one per line, as the register signs them. */
    static boolean signed(Map<String, Object> head, Map<String, String> keys) {
        String publicKey = keys.get((String) head.get("key_id"));
        if (publicKey == null) {
            return false;
        }
        Object auditEntry = head.get("audit_entry_id");
        String bytes = head.get("format") + "\n" + number(head, "tree_size") + "\n" + number(head, "timestamp") + "\n"
                + head.get("root_hash") + "\n" + (auditEntry == null ? "" : ((Number) auditEntry).longValue()) + "\n"
                + head.get("audit_chain_hash");
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
            signature.update(bytes.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getDecoder().decode((String) head.get("signature")));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    // RFC 9162, 2.1.3.2
    static boolean included(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    // RFC 9162, 2.1.4.2
    static boolean consistent(long first, byte[] firstRoot, long second, byte[] secondRoot, List<byte[]> proof) {
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static byte[] leafHash(byte[] leaf) {
        byte[] input = new byte[leaf.length + 1];
        System.arraycopy(leaf, 0, input, 1, leaf.length);
        return sha256(input);
    }

    private static byte[] node(byte[] left, byte[] right) {
        byte[] input = new byte[1 + left.length + right.length];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, left.length);
        System.arraycopy(right, 0, input, 1 + left.length, right.length);
        return sha256(input);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> hashes(Object array) {
        return ((List<?>) array).stream().map(h -> HEX.parseHex((String) h)).toList();
    }

    private static long number(Map<String, Object> object, String name) {
        return ((Number) object.get(name)).longValue();
    }

    private static String get(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(address + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) new Json(json).value();
    }

    /** Just enough JSON for the log's answers: objects, arrays, strings, integers, true, false, null. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    object.put(key, value());
                    skip();
                    if (text.charAt(at++) == '}') {
                        return object;
                    }
                }
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    skip();
                    if (text.charAt(at++) == ']') {
                        return array;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "-+0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("unexpected JSON at " + (at - 1));
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
