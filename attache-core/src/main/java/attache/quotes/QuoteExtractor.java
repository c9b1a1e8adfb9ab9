package attache.quotes;

import attache.model.AnalyzedArticle;
import attache.model.Layer;
import attache.model.Quote;
import attache.model.TextSpan;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the direct quotes of an article and who said them.
 *
 * <p>Passages between quotation marks ({@link QuoteSpanFinder}) are joined across the "he said"
 * that interrupts them ({@link QuoteJoiner}); each quote's speaker is the subject of the speech
 * verb it hangs on ({@link SpeakerAttributor}, {@link SpeakerNames}), with pronouns and role nouns
 * resolved to the entity they stand for ({@link PronounResolver}); failing a verb, a name after a
 * dash ({@link DashAttribution}). A paragraph that is nothing but a quote continues the speaker of
 * the paragraph before, or takes the speaker of a paragraph ending in a colon ("He said:"). A
 * quote's text is its parts joined by single spaces.
 *
 * <p>Passages nobody is said to have spoken are dropped when short or woven into the writer's own
 * sentence ("so-called" scare quotes, titles, slogans): they are not direct speech, and they were
 * most of plain CoreNLP's false quotes. Attributed fragments woven into a sentence are kept or
 * dropped as {@link QuoteConfig#partialQuotes()} says.
 */
public final class QuoteExtractor implements Stage {

    /** Quotes shorter than this need a speech verb linked to them by the parse. */
    static final int MIN_SENTENCE_WORDS = 5;

    private final QuoteSpanFinder finder = new QuoteSpanFinder();
    private final DashAttribution dashes = new DashAttribution();
    private final QuoteConfig config;
    private final QuoteJoiner joiner;
    private final SpeakerAttributor attributor;
    private final SpeakerNames names;

    public QuoteExtractor() {
        this(QuoteConfig.DEFAULT);
    }

    public QuoteExtractor(QuoteConfig config) {
        this(config, QuoteLexicon.english());
    }

    public QuoteExtractor(QuoteConfig config, QuoteLexicon lexicon) {
        this.config = config;
        this.joiner = new QuoteJoiner(lexicon, config.joinAcrossSentences());
        this.attributor = new SpeakerAttributor(lexicon);
        this.names = new SpeakerNames(lexicon);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        ParsedText parsed = new ParsedText(in.analysisText(), in.sentences(), in.entities());
        return in.withQuotes(extract(parsed, in.text()));
    }

    /** The quotes of an analysed text; {@code original} gives the quotes' words. */
    /** The longest attribution between two quotes of one voice: "he told reporters on Monday." */
    private static final int MAX_ATTRIBUTION_WORDS = 12;

    List<Quote> extract(ParsedText parsed, String original) {
        List<QuoteGroup> groups = joiner.join(finder.find(parsed.text()), parsed);
        PronounResolver resolver = new PronounResolver(parsed, groups.stream().map(QuoteGroup::outer).toList());
        List<TextSpan> paragraphs = Paragraphs.of(parsed.text());
        List<Quote> quotes = new ArrayList<>();
        Optional<Quote.Speaker> previousSpeaker = Optional.empty();
        int previousParagraph = -2;
        int previousEnd = -1;
        for (QuoteGroup group : groups) {
            boolean sentenceLong = group.wordCount(original) >= MIN_SENTENCE_WORDS;
            boolean woven = isWovenIn(group, parsed.text());
            if (woven && !config.partialQuotes()) {
                continue;
            }
            Optional<Quote.Speaker> speaker = speakerOf(group, parsed, resolver, sentenceLong);
            int paragraph = paragraphIndex(paragraphs, group.outer().start());
            if (speaker.isEmpty() && fillsParagraph(group, paragraphs, paragraph, parsed.text())) {
                speaker = paragraph == previousParagraph + 1 ? previousSpeaker
                        : introducedBy(paragraphs, paragraph, group, parsed, resolver);
            }
            if (speaker.isEmpty() && paragraph == previousParagraph
                    && continuesAfterAttribution(previousEnd, group, parsed.text())) {
                speaker = previousSpeaker;
            }
            if (speaker.isEmpty() && (woven || !sentenceLong)) {
                continue;
            }
            if (speaker.isPresent()) {
                previousSpeaker = speaker;
                previousParagraph = lastParagraph(paragraphs, group);
                previousEnd = group.outer().end();
            }
            quotes.add(new Quote(group.span(), group.text(original), group.parts(), speaker));
        }
        return quotes;
    }

    private Optional<Quote.Speaker> speakerOf(QuoteGroup group, ParsedText parsed, PronounResolver resolver,
                                              boolean sentenceLong) {
        for (ParsedText.Word verb : attributor.verbsOf(group, parsed, sentenceLong)) {
            Optional<Quote.Speaker> speaker = names.speakerOf(verb, group, parsed, resolver);
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return dashes.speakerOf(group, parsed);
    }

    /**
     * {@code "A," he said. "B."}: a quote that opens the next sentence right after an attributed one,
     * with only the short attribution between them, goes on in the same voice.
     */
    private static boolean continuesAfterAttribution(int previousEnd, QuoteGroup group, String text) {
        if (previousEnd < 0 || previousEnd > group.outer().start()) {
            return false;
        }
        String gap = text.substring(previousEnd, group.outer().start()).strip();
        return gap.endsWith(".") && gap.split("\\s+").length <= MAX_ATTRIBUTION_WORDS;
    }

    /** The speaker of a paragraph ending in a colon that introduces the quote ("He said:"). */
    private Optional<Quote.Speaker> introducedBy(List<TextSpan> paragraphs, int paragraph, QuoteGroup group,
                                                 ParsedText parsed, PronounResolver resolver) {
        if (paragraph < 1 || !paragraphs.get(paragraph - 1).of(parsed.text()).strip().endsWith(":")) {
            return Optional.empty();
        }
        for (ParsedText.Word verb : attributor.verbsEndingAt(paragraphs.get(paragraph - 1).end(), parsed)) {
            Optional<Quote.Speaker> speaker = names.speakerOf(verb, group, parsed, resolver);
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the quote is woven into the writer's own sentence: a word stands right before the
     * opening mark ({@code as "good"}), not a comma, colon or line start.
     */
    static boolean isWovenIn(QuoteGroup group, String text) {
        int i = group.outer().start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Whether the paragraph holds nothing but the quote (and its closing punctuation). */
    private static boolean fillsParagraph(QuoteGroup group, List<TextSpan> paragraphs, int index, String text) {
        if (index < 0) {
            return false;
        }
        TextSpan p = paragraphs.get(index);
        String before = text.substring(p.start(), group.outer().start()).strip();
        String after = text.substring(Math.min(group.outer().end(), p.end()), p.end()).strip();
        return before.isEmpty() && after.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static int lastParagraph(List<TextSpan> paragraphs, QuoteGroup group) {
        return paragraphIndex(paragraphs, group.outer().end() - 1);
    }

    private static int paragraphIndex(List<TextSpan> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
