package gr.integrity.register.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, section 2.1) over the log's leaves, with its audit
 * paths (inclusion proofs) and consistency proofs, and their verification. Leaf hashes are {@code SHA-256(0x00 ||
 * leaf)}, inner nodes {@code SHA-256(0x01 || left || right)}; the tree of n leaves splits at the largest power of
 * two below n.
 * <p>
 * The hashes of complete subtrees (2^level leaves starting at a multiple of 2^level) are kept level by level as
 * leaves are appended, so that a root, a path or a proof for any tree size costs O(log n) hashes, not a pass over
 * the leaves: the register answers proofs for a million filings at public-page speed. Not thread-safe; the log
 * guards it.
 */
public final class MerkleTree {

    /** levels.get(l).get(i): the hash of the complete subtree of 2^l leaves starting at leaf i * 2^l. */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    public int size() {
        return levels.get(0).size();
    }

    /** Appends a leaf by its leaf hash ({@link #leafHash}). */
    public void append(byte[] leafHash) {
        levels.get(0).add(leafHash.clone());
        int index = size() - 1;
        for (int level = 0; index % 2 == 1; level++) {
            // the new leaf completed a subtree one level up
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> here = levels.get(level);
            levels.get(level + 1).add(node(here.get(index - 1), here.get(index)));
            index /= 2;
        }
    }

    /** The hash of leaf {@code index}. */
    public byte[] leaf(int index) {
        return levels.get(0).get(index).clone();
    }

    /** The root of the tree of its first {@code size} leaves (the empty tree's is the hash of nothing). */
    public byte[] root(int size) {
        check(size);
        return size == 0 ? sha256(new byte[0]) : hash(0, size);
    }

    /** The audit path of leaf {@code index} in the tree of {@code size} leaves (RFC 9162, 2.1.3.1). */
    public List<byte[]> inclusionProof(int index, int size) {
        check(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** The proof that the tree of {@code first} leaves is a prefix of the tree of {@code second} (2.1.4.1). */
    public List<byte[]> consistencyProof(int first, int second) {
        check(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    /** The hash of the leaves [start, start + count). */
    private byte[] hash(int start, int count) {
        if (Integer.bitCount(count) == 1 && start % count == 0) {
            return levels.get(Integer.numberOfTrailingZeros(count)).get(start / count);
        }
        int split = largestPowerOfTwoBelow(count);
        return node(hash(start, split), hash(start + split, count - split));
    }

    private void path(int index, int start, int count, List<byte[]> path) {
        if (count == 1) {
            return;
        }
        int split = largestPowerOfTwoBelow(count);
        if (index - start < split) {
            path(index, start, split, path);
            path.add(hash(start + split, count - split));
        } else {
            path(index, start + split, count - split, path);
            path.add(hash(start, split));
        }
    }

    private void subproof(int first, int start, int count, boolean whole, List<byte[]> proof) {
        if (first == count) {
            if (!whole) {
                proof.add(hash(start, count));
            }
            return;
        }
        int split = largestPowerOfTwoBelow(count);
        if (first <= split) {
            subproof(first, start, split, whole, proof);
            proof.add(hash(start + split, count - split));
        } else {
            subproof(first - split, start + split, count - split, false, proof);
            proof.add(hash(start, split));
        }
    }

    private void check(int size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("the log has " + size() + " leaves, not " + size);
        }
    }

    /** Whether an audit path proves leaf {@code index} of a tree of {@code size} leaves with that root (2.1.3.2). */
    public static boolean verifyInclusion(byte[] leafHash, int index, int size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether a consistency proof shows the first tree is a prefix of the second (2.1.4.2). */
    public static boolean verifyConsistency(int first, byte[] firstRoot, int second, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Integer.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1L;
        long sn = second - 1L;
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
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** The leaf hash of a leaf's bytes: SHA-256(0x00 || leaf). */
    public static byte[] leafHash(byte[] leaf) {
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

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
