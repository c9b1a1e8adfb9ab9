package attache.quotes;

import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins passages that one speaker's attribution interrupts, {@code "A," he said, "B."}, into one
 * quote, as readers and annotators take them; whether an attribution that ends its sentence,
 * {@code "A," he said. "B."}, also joins is a setting (see {@link QuoteConfig}). The gap must be a
 * short clause with a speech verb inside one paragraph, the first passage must
 * break off with a comma, question or exclamation mark or dash, and the second must carry no
 * attribution of its own (then it is somebody's reply).
 */
final class QuoteJoiner {

    /** Longest interrupting attribution, in words; "said X, a scholar at Y," fits. */
    private static final int MAX_GAP_WORDS = 30;

    private final QuoteLexicon lexicon;
    private final boolean acrossSentences;

    QuoteJoiner(QuoteLexicon lexicon, boolean acrossSentences) {
        this.lexicon = lexicon;
        this.acrossSentences = acrossSentences;
    }

    List<QuoteGroup> join(List<QuotedPassage> passages, ParsedText parsed) {
        List<QuoteGroup> out = new ArrayList<>();
        List<TextSpan> paragraphs = Paragraphs.of(parsed.text());
        for (int i = 0; i < passages.size(); i++) {
            QuotedPassage next = passages.get(i);
            if (!out.isEmpty()) {
                QuoteGroup last = out.get(out.size() - 1);
                QuotedPassage previous = last.passages().get(last.passages().size() - 1);
                TextSpan after = i + 1 < passages.size() ? passages.get(i + 1).outer() : null;
                if (joins(previous, next, after, parsed, paragraphs)) {
                    TextSpan gap = new TextSpan(previous.outer().end(), next.outer().start());
                    out.set(out.size() - 1, last.join(gap, next));
                    continue;
                }
            }
            out.add(QuoteGroup.of(next));
        }
        return out;
    }

    private boolean joins(QuotedPassage a, QuotedPassage b, TextSpan afterB, ParsedText parsed,
                          List<TextSpan> paragraphs) {
        String text = parsed.text();
        TextSpan gap = new TextSpan(a.outer().end(), b.outer().start());
        TextSpan paragraph = Paragraphs.containing(paragraphs, a.outer().start());
        if (paragraph == null || !paragraph.contains(b.outer()) || gap.isEmpty()) {
            return false;
        }
        String lastA = a.parts().get(a.parts().size() - 1).of(text);
        char end = lastA.charAt(lastA.length() - 1);
        boolean brokenOff = ",?!—–-".indexOf(end) >= 0 || gap.of(text).stripLeading().startsWith(",");
        if (!acrossSentences && gap.of(text).strip().endsWith(".")) {
            return false;
        }
        List<ParsedText.Word> gapWords = parsed.wordsIn(gap);
        boolean attribution = gapWords.size() <= MAX_GAP_WORDS && gapWords.stream().anyMatch(this::isSpeechVerb);
        return brokenOff && attribution && !hasOwnAttribution(b, afterB, paragraph, parsed);
    }

    /** Whether a speech verb follows the passage in its sentence ({@code "B," she replied}). */
    private boolean hasOwnAttribution(QuotedPassage b, TextSpan nextPassage, TextSpan paragraph, ParsedText parsed) {
        int from = b.outer().end();
        int sentence = parsed.sentenceIndexAt(Math.max(b.outer().end() - 2, b.outer().start()));
        int to = nextPassage != null && nextPassage.start() < paragraph.end() ? nextPassage.start() : paragraph.end();
        if (from >= to) {
            return false;
        }
        return parsed.wordsIn(new TextSpan(from, to)).stream()
                .anyMatch(w -> w.sentence().index() == sentence && isSpeechVerb(w));
    }

    private boolean isSpeechVerb(ParsedText.Word w) {
        return w.pos().startsWith("VB") && lexicon.isSpeechVerb(w.lemma());
    }
}
