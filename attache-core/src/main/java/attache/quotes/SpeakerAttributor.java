package attache.quotes;

import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.quotes.ParsedText.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the speech verb a quote hangs on and hands its subject to {@link SpeakerNames}. In order of
 * trust:
 * <ol>
 *   <li>a speech verb in the attribution that splits a joined quote ({@code "A," he said, "B."});</li>
 *   <li>a speech verb the parse links to the quote: an ancestor of the quoted words (the quote is
 *       its ccomp, obj or obl, as in {@code described the talks as "good"}), or a verb hanging
 *       under a quoted word (the parser's parataxis for {@code "…," Lee told reporters});</li>
 *   <li>a speech verb in a short sentence right after the quote ({@code "…?" Vitter demanded.});</li>
 *   <li>for quotes of a sentence or more only, the speech verb nearest to the quote within the
 *       sentences it touches.</li>
 * </ol>
 */
final class SpeakerAttributor {

    /** How far up the parse from the quoted words a speech verb may stand. */
    private static final int MAX_CLIMB = 4;
    /** Longest sentence after a quote taken for its attribution ("Vitter demanded, raising his voice."). */
    private static final int MAX_TRAILING_TOKENS = 15;

    private final QuoteLexicon lexicon;

    SpeakerAttributor(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The speech verbs the quote may be attributed through, most trusted first. */
    List<Word> verbsOf(QuoteGroup quote, ParsedText parsed, boolean allowNearby) {
        List<Word> out = new ArrayList<>();
        for (TextSpan gap : quote.gaps()) {
            parsed.wordsIn(gap).stream().filter(this::isSpeechVerb).forEach(out::add);
        }
        List<Word> linked = linkedVerbs(quote, parsed);
        linked.sort(Comparator.comparingInt(w -> distance(w.span(), quote.outer())));
        out.addAll(linked);
        out.addAll(trailingVerbs(quote, parsed));
        if (allowNearby) {
            List<Word> nearby = new ArrayList<>();
            for (Sentence s : parsed.sentencesOver(quote.outer())) {
                for (var t : s.tokens()) {
                    Word w = new Word(s, t);
                    if (isSpeechVerb(w) && outside(quote, w.span()) && !out.contains(w)) {
                        nearby.add(w);
                    }
                }
            }
            nearby.sort(Comparator.comparingInt(w -> distance(w.span(), quote.outer())));
            out.addAll(nearby);
        }
        return out;
    }

    /**
     * The speech verbs of a short sentence right after the quote: after {@code ?”} or {@code !”}
     * the splitter cuts {@code "…?" Vitter demanded.} in two.
     */
    private List<Word> trailingVerbs(QuoteGroup quote, ParsedText parsed) {
        int end = quote.outer().end();
        for (Sentence s : parsed.sentences()) {
            int start = s.span().start();
            boolean adjacent = start >= end && parsed.text().substring(end, start).isBlank() && start - end <= 2;
            if (adjacent && s.tokens().size() <= MAX_TRAILING_TOKENS) {
                List<Word> out = new ArrayList<>();
                for (var t : s.tokens()) {
                    Word w = new Word(s, t);
                    if (isSpeechVerb(w)) {
                        out.add(w);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The speech verbs, then the main verb, of the sentence that ends just before {@code offset} ("He said:"). */
    List<Word> verbsEndingAt(int offset, ParsedText parsed) {
        Sentence last = null;
        for (Sentence s : parsed.sentences()) {
            if (s.span().end() <= offset) {
                last = s;
            }
        }
        if (last == null) {
            return List.of();
        }
        List<Word> out = new ArrayList<>();
        Word root = null;
        for (var t : last.tokens()) {
            Word w = new Word(last, t);
            if (isSpeechVerb(w)) {
                out.add(w);
            }
            if (last.headOf(t.index()).map(d -> d.governor() == Dependency.ROOT).orElse(false)) {
                root = w;
            }
        }
        // "Sanders made the following comment:" introduces a quote without a speech verb.
        if (root != null && !out.contains(root)) {
            out.add(root);
        }
        return out;
    }

    private List<Word> linkedVerbs(QuoteGroup quote, ParsedText parsed) {
        List<Word> found = new ArrayList<>();
        for (Sentence s : parsed.sentencesOver(quote.outer())) {
            for (var t : s.tokens()) {
                Word w = new Word(s, t);
                if (quote.quotes(w.span())) {
                    climb(w, quote).ifPresent(found::add);
                } else if (isSpeechVerb(w) && outside(quote, w.span()) && governedFromQuote(w, quote)) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    /** The first speech verb above a quoted word whose head lies outside the quote. */
    private Optional<Word> climb(Word quoted, QuoteGroup quote) {
        Optional<Dependency> arc = quoted.sentence().headOf(quoted.index());
        if (arc.isEmpty() || arc.get().governor() == Dependency.ROOT
                || quote.quotes(quoted.at(arc.get().governor()).span())) {
            return Optional.empty();
        }
        Word current = quoted.at(arc.get().governor());
        for (int step = 0; step < MAX_CLIMB; step++) {
            if (isSpeechVerb(current) && outside(quote, current.span())) {
                return Optional.of(current);
            }
            Optional<Dependency> up = current.sentence().headOf(current.index());
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return Optional.empty();
            }
            current = current.at(up.get().governor());
        }
        return Optional.empty();
    }

    private static boolean governedFromQuote(Word verb, QuoteGroup quote) {
        return verb.sentence().headOf(verb.index())
                .filter(d -> d.governor() != Dependency.ROOT)
                .map(d -> quote.quotes(verb.at(d.governor()).span()))
                .orElse(false);
    }

    /** Outside the quoted words and outside the quotation marks' reach (not in a joined gap either). */
    private static boolean outside(QuoteGroup quote, TextSpan span) {
        return !quote.quotes(span);
    }

    private static int distance(TextSpan a, TextSpan b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    boolean isSpeechVerb(Word w) {
        boolean verb = w.pos().startsWith("VB");
        return verb && lexicon.isSpeechVerb(w.lemma());
    }
}
