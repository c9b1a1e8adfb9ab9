package attache.clean;

import attache.lexicon.BoilerplateLexicon;
import attache.lexicon.BoilerplateLexicon.Use;
import attache.model.AnalyzedArticle;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.Dateline;
import attache.model.Layer;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Marks what in an article's text is not body: the {@code layout} spans the HTML reader already
 * found, plus what the text itself shows — photo captions and credits, bylines, the dateline,
 * agency credits, copyright notices, "Read more" and share lines. It removes nothing: later stages
 * read {@link AnalyzedArticle#analysisText()}, where the spans are blanked.
 *
 * <p>Detectors propose spans independently; where two overlap, layout spans win, then the longer
 * span (a caption paragraph over the credit inside it), so the result never overlaps.
 */
public final class BoilerplateStripper implements Stage {

    public static final String NAME = "boilerplate";

    private final List<SpanDetector> detectors;
    private final DatelineParser datelines;

    /** A stripper using the bundled lexicon. */
    public BoilerplateStripper() {
        this(BoilerplateLexicon.bundled());
    }

    public BoilerplateStripper(BoilerplateLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.detectors = List.of(
                new CaptionDetector(lexicon),
                new LineRuleDetector(lexicon.rules(Use.LINE)),
                new InlineRuleDetector(lexicon.rules(Use.INLINE)));
        this.datelines = new DatelineParser(lexicon);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.BOILERPLATE);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String text = in.text();
        Optional<Dateline> dateline = datelines.parse(text, Optional.of(in.article().published()));
        List<Boilerplate> found = new ArrayList<>();
        dateline.ifPresent(d -> found.add(new Boilerplate(d.span(), BoilerplateKind.DATELINE, d.span().of(text))));
        for (SpanDetector detector : detectors) {
            found.addAll(detector.detect(text));
        }
        return in.withBoilerplate(resolve(in.article().layout(), found), dateline);
    }

    /** Layout spans as given, then each found span that overlaps nothing kept so far, longest first. */
    static List<Boilerplate> resolve(List<Boilerplate> layout, List<Boilerplate> found) {
        List<Boilerplate> kept = new ArrayList<>(layout);
        List<Boilerplate> candidates = new ArrayList<>(found);
        candidates.sort(Comparator.comparingInt((Boilerplate b) -> -b.span().length())
                .thenComparing(Boilerplate::span));
        for (Boilerplate candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Boilerplate::span));
        return kept;
    }
}
