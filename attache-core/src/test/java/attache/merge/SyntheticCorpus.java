package attache.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Random wire stories over a Zipf-distributed vocabulary, a share of them republished: last paragraph
 * cut, a headline and a footer of the outlet's added. Knows which story each article copies.
 */
final class SyntheticCorpus {

    private static final int VOCABULARY = 5000;
    private static final int PARAGRAPHS = 5;
    private static final int WORDS_PER_PARAGRAPH = 40;

    private final SplittableRandom random;
    private final double[] cumulative = new double[VOCABULARY];
    private final List<ArticleText> articles = new ArrayList<>();
    private final Map<String, String> originalOf = new TreeMap<>();

    /** {@code size} articles, each a copy of an earlier original with probability {@code copyShare}. */
    SyntheticCorpus(int size, double copyShare, long seed) {
        random = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<ArticleText> originals = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("a%06d", i);
            LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365));
            if (!originals.isEmpty() && random.nextDouble() < copyShare) {
                ArticleText of = originals.get(random.nextInt(originals.size()));
                articles.add(new ArticleText(id, "outlet" + random.nextInt(50), day, republish(of.body())));
                originalOf.put(id, of.id());
            } else {
                ArticleText a = new ArticleText(id, "outlet" + random.nextInt(50), day, story());
                originals.add(a);
                articles.add(a);
                originalOf.put(id, id);
            }
        }
    }

    List<ArticleText> articles() {
        return articles;
    }

    /** Article id → the id of the original it copies (itself for an original). */
    Map<String, String> originalOf() {
        return originalOf;
    }

    private String story() {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            for (int w = 0; w < WORDS_PER_PARAGRAPH; w++) {
                sb.append(word()).append(' ');
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private String republish(String body) {
        String cut = body.substring(0, body.stripTrailing().lastIndexOf("\n\n"));
        return "Headline " + word() + " " + word() + "\nBy staff\n\n" + cut + "\n\nRead more at outlet " + word();
    }

    private String word() {
        double r = random.nextDouble() * cumulative[VOCABULARY - 1];
        int lo = 0;
        int hi = VOCABULARY - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return "w" + Integer.toString(lo, 36);
    }
}
