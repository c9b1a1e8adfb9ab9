package attache.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which sentence a span belongs to, by one rule for every layer that records it (event mentions in
 * the store and in Spark's tables, exports, claims, entity mentions): the first sentence the span
 * overlaps, which is the sentence holding its start whenever the start falls inside one. A span
 * that runs over a sentence boundary thus belongs to the sentence it starts in.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The index of the sentence holding {@code span}, or empty when it overlaps none. */
    public static OptionalInt holding(List<Sentence> sentences, TextSpan span) {
        for (Sentence s : sentences) {
            if (s.span().overlaps(span)) {
                return OptionalInt.of(s.index());
            }
        }
        return OptionalInt.empty();
    }
}
