package gr.integrity.register.transparency;

import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.platform.persistence.ChainHead;
import gr.integrity.register.platform.persistence.StoredTime;
import gr.integrity.register.publication.RedactionPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The log's writes, each committed on its own before the tree in memory follows it ({@link TransparencyLog}):
 * taking submitted versions in as leaves, and signing a tree head.
 */
@Stateless
@PermitAll
public class LogWriter {

    /** How many versions one round takes in: a large import is logged over a few rounds, not in one transaction. */
    static final int ROUND = 10_000;
    /**
     * How far behind the last version logged a round looks for versions committed late (a transaction that took a
     * version id before others but committed after them): far more than submit at once.
     */
    static final int STRAGGLERS = 5_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private LogSigner signer;

    /** A leaf taken in: its version and leaf hash. */
    record Appended(long versionId, byte[] leafHash) {
    }

    /** Takes in, as leaves from index {@code size} on, the versions not yet in the log, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Appended> takeIn(long size, long lastVersionId) {
        List<DeclarationVersion> versions = em.createQuery("select v from DeclarationVersion v join fetch v.declaration"
                        + " where v.id > :from and not exists (select l.leafIndex from LogLeaf l where l.versionId = v.id)"
                        + " order by v.id", DeclarationVersion.class)
                .setParameter("from", lastVersionId - STRAGGLERS).setMaxResults(ROUND).getResultList();
        List<Appended> appended = new ArrayList<>();
        long index = size;
        for (DeclarationVersion version : versions) {
            String input = leafInput(version);
            byte[] hash = MerkleTree.leafHash(input.getBytes(StandardCharsets.UTF_8));
            em.persist(new LogLeaf(index++, version.getId(), input, HexFormat.of().formatHex(hash)));
            appended.add(new Appended(version.getId(), hash));
        }
        return appended;
    }

    /** Signs and keeps a tree head for the tree as it is, anchoring the audit trail's chain head of now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignedTreeHead sign(long size, byte[] root) {
        ChainHead audit = em.find(ChainHead.class, "AUDIT");
        TreeHead head = new TreeHead(size, StoredTime.now().truncatedTo(ChronoUnit.SECONDS), HexFormat.of().formatHex(root),
                audit == null ? null : audit.getLastId(), audit == null ? "0".repeat(64) : audit.getLastHash());
        String keyId = signer.keyId();
        if (em.find(LogKey.class, keyId) == null) {
            em.persist(new LogKey(keyId, signer.publicKey()));
        }
        LogTreeHead stored = new LogTreeHead(head, keyId, signer.sign(head.signedBytes()));
        em.persist(stored);
        return stored.signed();
    }

    /**
     * A version's leaf: its public form as one line of JSON, keys in order: the public content (the redaction
     * policy's, canonical), the declaration, the receipt number, when it was submitted, the type and the version.
     * Nothing private enters it: the hash is published, and a hash of private values would let anyone test guesses.
     */
    String leafInput(DeclarationVersion version) {
        var declaration = version.getDeclaration();
        var schema = kinds.of(declaration.getType()).schema();
        String content = CanonicalJson.write(RedactionPolicy.redact(schema, CanonicalJson.read(version.getContent())));
        return "{\"content\":" + content + ",\"declaration\":" + declaration.getId() + ",\"receipt\":\""
                + version.getReceiptNumber() + "\",\"submittedAt\":\"" + StoredTime.of(version.getSubmittedAt())
                + "\",\"type\":\"" + declaration.getType() + "\",\"version\":" + version.getVersionNo() + "}";
    }
}
