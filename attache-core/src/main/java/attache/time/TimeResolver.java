package attache.time;

import attache.model.AnalyzedArticle;
import attache.model.Layer;
import attache.model.Sentence;
import attache.model.TimeExpression;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every temporal expression against the publication date as a careful reader would.
 * SUTime finds the expressions; its relative values depend on what the pipeline processed before
 * and on thread interleaving (CoreNLP #1061), so relative expressions are re-resolved here from the
 * text, the tense of their clause and the date, deterministically. SUTime's value is kept only when
 * no rule reads the phrase and the value is well-formed TIMEX3; the detector tells which happened.
 */
public final class TimeResolver implements Stage {

    /** Keeps SUTime's value where it is well-formed, so the tagger alone can be measured. */
    public enum Mode { RESOLVE, TAGGER_ONLY }

    private final Mode mode;
    private final SpanNormaliser normaliser;
    private final TenseDetector tenses;
    private final List<Rule> rules;

    public TimeResolver(TimeLexicon lexicon, Mode mode) {
        this.mode = mode;
        this.normaliser = new SpanNormaliser(lexicon);
        this.tenses = new TenseDetector(lexicon);
        // Order matters: whole-phrase lexicon entries first, amounts last ("last week" is a date).
        this.rules = List.of(new DeicticRule(lexicon), new FrequencyRule(lexicon), new EraRule(),
                new WeekdayRule(lexicon), new CalendarUnitRule(lexicon), new MonthRule(lexicon),
                new DurationRule(lexicon));
    }

    public TimeResolver() {
        this(TimeLexicon.load(), Mode.RESOLVE);
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        if (mode == Mode.TAGGER_ONLY) {
            return in.withTimes(in.rawTimes());
        }
        Anchor anchor = new Anchor(in.article().published());
        List<TimeExpression> resolved = new ArrayList<>();
        for (TimeExpression t : normaliser.normalise(in.rawTimes(), in.sentences(), in.text())) {
            resolve(t, in.sentences(), anchor).ifPresent(resolved::add);
        }
        return in.withTimes(resolved);
    }

    /** "sutime" only where SUTime's own value and span survive unchanged. */
    private static String detector(TimeExpression t, String value) {
        if (!t.detector().equals("sutime")) {
            return t.detector();
        }
        return value.equals(t.value()) ? "sutime" : "timex_format";
    }

    Optional<TimeExpression> resolve(TimeExpression t, List<Sentence> sentences, Anchor anchor) {
        boolean inSentence = t.sentence() >= 0 && t.sentence() < sentences.size();
        Tense tense = inSentence ? tenses.tenseOf(sentences.get(t.sentence()), t.span()) : Tense.UNKNOWN;
        Phrase phrase = Phrase.of(t.text(), tense, anchor);
        for (Rule rule : rules) {
            Optional<Resolution> r = rule.resolve(phrase);
            if (r.isPresent()) {
                return Optional.of(new TimeExpression(t.span(), t.text(), r.get().type(), r.get().value(),
                        t.sentence(), r.get().rule()));
            }
        }
        return TimexValues.wellFormed(t.value()).map(v -> new TimeExpression(t.span(), t.text(), t.type(), v,
                t.sentence(), detector(t, v)));
    }
}
