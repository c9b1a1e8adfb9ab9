package attache.quotes;

import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * One quote as the reader takes it: one passage, or several joined across the attributions that
 * interrupt them ({@code "A," he said. "B."}).
 *
 * @param passages the passages, in order
 * @param gaps     the text between consecutive passages (one fewer than passages), where the
 *                 attribution stands
 */
record QuoteGroup(List<QuotedPassage> passages, List<TextSpan> gaps) {

    QuoteGroup {
        passages = List.copyOf(passages);
        gaps = List.copyOf(gaps);
        if (gaps.size() != passages.size() - 1) {
            throw new IllegalArgumentException("one gap between each two passages");
        }
    }

    static QuoteGroup of(QuotedPassage passage) {
        return new QuoteGroup(List.of(passage), List.of());
    }

    QuoteGroup join(TextSpan gap, QuotedPassage next) {
        List<QuotedPassage> p = new ArrayList<>(passages);
        p.add(next);
        List<TextSpan> g = new ArrayList<>(gaps);
        g.add(gap);
        return new QuoteGroup(p, g);
    }

    List<TextSpan> parts() {
        return passages.stream().flatMap(p -> p.parts().stream()).toList();
    }

    TextSpan span() {
        List<TextSpan> parts = parts();
        return new TextSpan(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }

    /** From the first opening mark to the last closing mark. */
    TextSpan outer() {
        return new TextSpan(passages.get(0).outer().start(), passages.get(passages.size() - 1).outer().end());
    }

    /** Whether {@code span} lies inside the quoted words (not in a gap, not outside). */
    boolean quotes(TextSpan span) {
        return parts().stream().anyMatch(p -> p.contains(span));
    }

    /** The quoted words, the parts joined by single spaces. */
    String text(String source) {
        return String.join(" ", parts().stream().map(p -> p.of(source)).toList());
    }

    int wordCount(String source) {
        String t = text(source).strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
