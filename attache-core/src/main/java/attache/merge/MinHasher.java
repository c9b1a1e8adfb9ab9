package attache.merge;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code n} hash functions, the smallest hash over a document's
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of the
 * two shingle sets. The functions come from a fixed seed, so signatures are the same on every run.
 */
final class MinHasher {

    private final long[] seeds;

    MinHasher(int numHashes, long seed) {
        if (numHashes < 1) {
            throw new IllegalArgumentException("need at least one hash: " + numHashes);
        }
        this.seeds = new SplittableRandom(seed).longs(numHashes).toArray();
    }

    int size() {
        return seeds.length;
    }

    /** 32 bits per position is enough to make chance agreements negligible and halves the memory. */
    int[] signature(long[] shingles) {
        int[] sig = new int[seeds.length];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (Hashing.mix(shingle ^ seeds[i]) >>> 32);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the share of positions where the two signatures agree. */
    static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
