package gr.integrity.register.transparency;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log's tree against the test vectors of the Certificate Transparency reference implementation (the eight
 * leaves and the roots of each prefix that RFC 6962's and RFC 9162's algorithms give), and its proofs for every
 * leaf and every pair of sizes up to 70 leaves: each verifies, and none verifies once anything in it is changed.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void theRootsOfTheReferenceTestVectors() {
        MerkleTree tree = new MerkleTree();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(tree.root(0)));
        for (int i = 0; i < LEAVES.length; i++) {
            tree.append(MerkleTree.leafHash(HEX.parseHex(LEAVES[i])));
            assertEquals(ROOTS[i], HEX.formatHex(tree.root(i + 1)), "the root of " + (i + 1) + " leaves");
        }
        for (int size = 1; size <= LEAVES.length; size++) {
            assertEquals(ROOTS[size - 1], HEX.formatHex(tree.root(size)), "an earlier root is still given");
        }
    }

    @Test
    void everyInclusionProofVerifiesAndATamperedOneDoesNot() {
        MerkleTree tree = tree(70);
        for (int size = 1; size <= 70; size++) {
            byte[] root = tree.root(size);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = tree.inclusionProof(index, size);
                assertTrue(MerkleTree.verifyInclusion(tree.leaf(index), index, size, path, root), index + " in " + size);
                assertFalse(MerkleTree.verifyInclusion(MerkleTree.leafHash(new byte[]{9, 9}), index, size, path, root),
                        "another leaf at " + index + " of " + size);
                if (!path.isEmpty()) {
                    List<byte[]> altered = new ArrayList<>(path);
                    altered.set(0, MerkleTree.leafHash(new byte[]{7}));
                    assertFalse(MerkleTree.verifyInclusion(tree.leaf(index), index, size, altered, root));
                }
                if (size > 1) {
                    assertFalse(MerkleTree.verifyInclusion(tree.leaf(index), (index + 1) % size, size, path, root),
                            "the right leaf at the wrong place");
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndARewrittenHistoryDoesNot() {
        MerkleTree tree = tree(70);
        MerkleTree rewritten = tree(70);
        MerkleTree other = new MerkleTree();
        for (int i = 0; i < 70; i++) {
            other.append(i == 3 ? MerkleTree.leafHash(new byte[]{42}) : tree.leaf(i));
        }
        for (int second = 1; second <= 70; second++) {
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = tree.consistencyProof(first, second);
                assertTrue(MerkleTree.verifyConsistency(first, tree.root(first), second, rewritten.root(second), proof),
                        first + " to " + second);
                if (first > 3 && first < second) {
                    // the fourth leaf changed after the first tree head was seen: no proof reconciles them
                    assertFalse(MerkleTree.verifyConsistency(first, tree.root(first), second, other.root(second),
                            other.consistencyProof(first, second)), "a rewrite between " + first + " and " + second);
                }
            }
        }
    }

    private static MerkleTree tree(int leaves) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < leaves; i++) {
            tree.append(MerkleTree.leafHash(new byte[]{(byte) i, (byte) (i >> 8), 1}));
        }
        return tree;
    }
}
