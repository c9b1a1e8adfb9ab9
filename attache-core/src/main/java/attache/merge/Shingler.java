package attache.merge;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a body into the set of its hashed word shingles. Words are runs of letters and digits
 * ({@link Character#isLetterOrDigit}) after NFKC normalisation, lower-cased, so that the curly or
 * straight quotes, dashes, line breaks and capitals of a republished copy do not matter.
 */
final class Shingler {

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

    /** Hashes each word as it is read, so that no word strings are made: shingling is most of the cost. */
    private static long[] wordHashes(String body) {
        String normal = Normalizer.normalize(body, Normalizer.Form.NFKC);
        long[] out = new long[16];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                out = count == out.length ? Arrays.copyOf(out, count * 2) : out;
                out[count++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            out = count == out.length ? Arrays.copyOf(out, count + 1) : out;
            out[count++] = h;
        }
        return Arrays.copyOf(out, count);
    }
}
