package gr.integrity.register.web.transparency;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.transparency.LogKey;
import gr.integrity.register.transparency.SignedTreeHead;
import gr.integrity.register.transparency.TransparencyLog;
import gr.integrity.register.transparency.TreeHead;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The transparency log's public interface, as JSON (documented in the OpenAPI document, verified by
 * {@code tools/LogVerifier.java}):
 * <ul>
 *     <li>{@code /log/v1/sth} (or {@code ?size=}) a signed tree head;</li>
 *     <li>{@code /log/v1/proof?receipt=} (and {@code &size=}) the audit path of a version's leaf, with its leaf (the
 *     version's public form) while the version is public; a withheld or unpublished version's proof says so, and
 *     gives the hashes only;</li>
 *     <li>{@code /log/v1/consistency?first=&second=} the proof that the later tree extends the earlier;</li>
 *     <li>{@code /log/v1/keys} the public keys that signed heads.</li>
 * </ul>
 * A parameter that is not a number in range is 400 with its name; anything unknown 404.
 */
@WebServlet("/log/v1/*")
public class LogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TransparencyLog log;

    @EJB
    private PublicDeclarationService publication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=10");
        response.setHeader("Access-Control-Allow-Origin", "*");
        try {
            switch (path) {
                case "/sth" -> treeHead(request, response);
                case "/proof" -> proof(request, response);
                case "/consistency" -> consistency(request, response);
                case "/keys" -> keys(response);
                default -> error(response, 404, "notFound", null);
            }
        } catch (BadParameter bad) {
            error(response, 400, "badParameter", bad.getMessage());
        } catch (NotFoundException | EJBException e) {
            if (e instanceof EJBException && !(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            error(response, 404, "notFound", null);
        }
    }

    private void treeHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String size = request.getParameter("size");
        SignedTreeHead head = size == null ? log.latest() : log.head(number(request, "size", 0, Long.MAX_VALUE));
        if (head == null) {
            error(response, 404, "noTreeHeadYet", null);
            return;
        }
        try (JsonGenerator json = generator(response)) {
            json.writeStartObject();
            write(json, head);
            json.writeEnd();
        }
    }

    private void proof(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String receipt = request.getParameter("receipt");
        if (receipt == null || !receipt.matches("[A-Za-z0-9-]{1,40}")) {
            throw new BadParameter("receipt");
        }
        SignedTreeHead latest = log.latest();
        long size = request.getParameter("size") == null ? (latest == null ? 0 : latest.head().treeSize())
                : number(request, "size", 1, log.size());
        TransparencyLog.LoggedVersion logged = log.find(receipt.strip());
        long index = logged.leaf().getLeafIndex();
        if (index >= size) {
            // taken in after the head asked about: its proof comes with the next head
            error(response, 404, "notInThisTree", "size");
            return;
        }
        String status = status(logged);
        List<String> path = log.inclusionProof(index, size);
        try (JsonGenerator json = generator(response)) {
            json.writeStartObject().write("receipt", receipt.strip()).write("leaf_index", index)
                    .write("tree_size", size).write("leaf_hash", logged.leaf().getLeafHash()).write("status", status);
            json.writeStartArray("audit_path");
            path.forEach(json::write);
            json.writeEnd();
            if ("public".equals(status)) {
                json.write("leaf_input", logged.leaf().getLeafInput());
            }
            json.writeEnd();
        }
    }

    /** Whether the version is public now: withheld by an ADMIN, or of a category not published, it is not. */
    private String status(TransparencyLog.LoggedVersion logged) {
        try {
            PublicVersion version = publication.version(logged.declarationId(), logged.versionNo());
            return version.withheld() ? "withheld" : "public";
        } catch (NotFoundException | EJBException notPublished) {
            return "unpublished";
        }
    }

    private void consistency(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long second = number(request, "second", 1, log.size());
        long first = number(request, "first", 1, second);
        List<String> proof = log.consistencyProof(first, second);
        try (JsonGenerator json = generator(response)) {
            json.writeStartObject().write("first", first).write("second", second).writeStartArray("consistency");
            proof.forEach(json::write);
            json.writeEnd().writeEnd();
        }
    }

    private void keys(HttpServletResponse response) throws IOException {
        try (JsonGenerator json = generator(response)) {
            json.writeStartObject().writeStartArray("keys");
            for (LogKey key : log.keys()) {
                json.writeStartObject().write("key_id", key.getKeyId()).write("algorithm", "Ed25519")
                        .write("public_key", key.getPublicKey()).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void write(JsonGenerator json, SignedTreeHead signed) {
        TreeHead head = signed.head();
        json.write("format", TreeHead.FORMAT).write("tree_size", head.treeSize())
                .write("timestamp", head.signedAt().toEpochMilli()).write("signed_at", head.signedAt().toString())
                .write("root_hash", head.rootHash());
        if (head.auditEntryId() == null) {
            json.writeNull("audit_entry_id");
        } else {
            json.write("audit_entry_id", head.auditEntryId());
        }
        json.write("audit_chain_hash", head.auditChainHash()).write("key_id", signed.keyId())
                .write("signature", signed.signature());
    }

    private static long number(HttpServletRequest request, String name, long min, long max) {
        String value = request.getParameter(name);
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            throw new BadParameter(name);
        }
        long number = Long.parseLong(value.strip());
        if (number < min || number > max) {
            throw new BadParameter(name);
        }
        return number;
    }

    private static void error(HttpServletResponse response, int status, String code, String parameter)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = generator(response)) {
            json.writeStartObject().write("error", code);
            if (parameter == null) {
                json.writeNull("parameter");
            } else {
                json.write("parameter", parameter);
            }
            json.writeEnd();
        }
    }

    private static JsonGenerator generator(HttpServletResponse response) throws IOException {
        return Json.createGenerator(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** A parameter missing or out of range, by name. */
    private static final class BadParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadParameter(String parameter) {
            super(parameter, null, false, false);
        }
    }
}
