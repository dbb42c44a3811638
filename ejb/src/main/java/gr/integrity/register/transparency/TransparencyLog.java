package gr.integrity.register.transparency;

import gr.integrity.register.common.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The public transparency log of filings, in the shape of Certificate Transparency (RFC 9162): every submitted
 * version becomes a leaf of an append-only Merkle tree within seconds of its submission (the log's merge delay is
 * one round, {@link #ROUND_SECONDS}), and a signed tree head is published after every round that added leaves, and
 * at least hourly. Anyone can then ask for the proof that a version is in the tree of a head, and for the proof that
 * a later head extends an earlier one: a register that rewrote or dropped a filing would have to publish heads that
 * contradict the ones already seen.
 * <p>
 * The tree is kept in memory, rebuilt from the stored leaves at start (a million leaves in a few seconds), and
 * follows each round only after the round has committed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class TransparencyLog {

    private static final Logger LOG = Logger.getLogger(TransparencyLog.class);
    static final int ROUND_SECONDS = 10;
    static final Duration FRESH_HEAD = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LogWriter writer;

    private final MerkleTree tree = new MerkleTree();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastVersionId;
    private volatile SignedTreeHead latest;

    @PostConstruct
    void load() {
        List<Object[]> leaves = em.createQuery("select l.leafHash, l.versionId from LogLeaf l order by l.leafIndex",
                Object[].class).getResultList();
        for (Object[] leaf : leaves) {
            tree.append(HexFormat.of().parseHex((String) leaf[0]));
            lastVersionId = Math.max(lastVersionId, (Long) leaf[1]);
        }
        latest = em.createQuery("select h from LogTreeHead h order by h.id desc", LogTreeHead.class).setMaxResults(1)
                .getResultStream().findFirst().map(LogTreeHead::signed).orElse(null);
        LOG.infof("Transparency log: %d leaves", leaves.size());
        if (latest != null && latest.head().treeSize() <= tree.size()
                && !HexFormat.of().formatHex(tree.root(Math.toIntExact(latest.head().treeSize())))
                .equals(latest.head().rootHash())) {
            // the stored leaves were changed since the head was signed: the log says so; verifiers will too
            LOG.errorf("Transparency log: the stored leaves do not give the root signed for %d leaves;"
                    + " the log's history was changed in the database", latest.head().treeSize());
        }
    }

    /** One round: the versions submitted since the last are taken in, and a new tree head is signed. */
    @Schedule(second = "*/" + ROUND_SECONDS, minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<LogWriter.Appended> appended = writer.takeIn(size(), lastVersionId);
            byte[] root;
            int size;
            lock.writeLock().lock();
            try {
                for (LogWriter.Appended leaf : appended) {
                    tree.append(leaf.leafHash());
                    lastVersionId = Math.max(lastVersionId, leaf.versionId());
                }
                size = tree.size();
                root = tree.root(size);
            } finally {
                lock.writeLock().unlock();
            }
            SignedTreeHead head = latest;
            boolean stale = head == null || head.head().treeSize() != size
                    || head.head().signedAt().isBefore(Instant.now().minus(FRESH_HEAD));
            if (stale) {
                latest = writer.sign(size, root);
            }
        } catch (RuntimeException e) {
            // the next round tries again; nothing of this one reached the tree in memory unless it committed
            LOG.warnf("Transparency log round failed: %s", e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return tree.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The latest signed tree head; null before the first round. */
    public SignedTreeHead latest() {
        return latest;
    }

    /** The latest signed head of a tree of that size (heads of every size the log had are kept). */
    public SignedTreeHead head(long size) {
        return em.createQuery("select h from LogTreeHead h where h.treeSize = :size order by h.id desc",
                        LogTreeHead.class).setParameter("size", size).setMaxResults(1).getResultStream().findFirst()
                .map(LogTreeHead::signed).orElseThrow(() -> new NotFoundException("TreeHead", size));
    }

    /** The public keys that ever signed heads, by key id. */
    public List<LogKey> keys() {
        return em.createQuery("select k from LogKey k order by k.firstUsed", LogKey.class).getResultList();
    }

    /** A version's leaf, with the declaration and version number it stands for. */
    public record LoggedVersion(LogLeaf leaf, long declarationId, int versionNo) {
    }

    /** The leaf of a version, by receipt number; not found while the version waits for its round. */
    public LoggedVersion find(String receiptNumber) {
        return em.createQuery("select l, v.declaration.id, v.versionNo from LogLeaf l, DeclarationVersion v"
                        + " where v.id = l.versionId and v.receiptNumber = :receipt", Object[].class)
                .setParameter("receipt", receiptNumber).getResultStream().findFirst()
                .map(row -> new LoggedVersion((LogLeaf) row[0], (Long) row[1], (Integer) row[2]))
                .orElseThrow(() -> new NotFoundException("LogLeaf", receiptNumber));
    }

    /** The audit path of a leaf in the tree of {@code size} leaves, hex. */
    public List<String> inclusionProof(long index, long size) {
        return read(() -> hex(tree.inclusionProof(Math.toIntExact(index), Math.toIntExact(size))));
    }

    /** The proof that the tree of {@code first} leaves is a prefix of the tree of {@code second}, hex. */
    public List<String> consistencyProof(long first, long second) {
        return read(() -> hex(tree.consistencyProof(Math.toIntExact(first), Math.toIntExact(second))));
    }

    private List<String> read(java.util.function.Supplier<List<String>> proof) {
        lock.readLock().lock();
        try {
            return proof.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }
}
