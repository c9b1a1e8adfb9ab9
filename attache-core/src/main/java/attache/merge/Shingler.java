package attache.merge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a body into the set of its hashed word shingles. Words are runs of letters and digits after
 * NFKC normalisation and lower-casing, so that curly and straight quotes, dashes, line breaks and
 * capitalisation of a republished copy do not matter.
 */
final class Shingler {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int size;

    Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + size);
        }
        this.size = size;
    }

    /** The distinct shingle hashes, sorted; a text shorter than one shingle is one shingle; empty when no words. */
    long[] shingles(String body) {
        long[] words = wordHashes(body);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - size + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = GOLDEN;
            for (int j = i; j < Math.min(i + size, words.length); j++) {
                h = Hashing.mix(h * GOLDEN + words[j]);
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    private static long[] wordHashes(String body) {
        String normal = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.splitAsStream(normal).filter(w -> !w.isEmpty()).mapToLong(Shingler::fnv).toArray();
    }

    private static long fnv(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
