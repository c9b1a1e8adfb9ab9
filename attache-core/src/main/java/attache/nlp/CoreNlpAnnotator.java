package attache.nlp;

import attache.model.AnalyzedArticle;
import attache.model.Dependency;
import attache.model.EntityType;
import attache.model.Layer;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.Sentences;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import attache.model.Token;
import attache.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The language layer: runs CoreNLP over the article's body (boilerplate blanked, so offsets stay
 * those of the original) and turns its annotations into Attaché's records. This class and
 * {@link CoreNlpEngine} are the only places that see CoreNLP types.
 */
public final class CoreNlpAnnotator implements Stage {

    private final CoreNlpEngine engine;

    public CoreNlpAnnotator(CoreNlpEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String text = in.text();
        Annotation annotation = new Annotation(in.analysisText());
        annotation.set(CoreAnnotations.DocDateAnnotation.class, in.article().published().toString());
        engine.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), sentence, text));
        }
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> coreMentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : coreMentions == null ? List.<CoreMap>of() : coreMentions) {
            TextSpan span = new TextSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            int sentence = Sentences.holding(sentences, span).orElse(-1);
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Optional<EntityType> type = EntityType.fromNerTag(tag);
            if (type.isPresent() && !isPronoun(sentences, span)) {
                String surface = span.of(text);
                mentions.add(new Mention(span, surface, type.get(), sentence, surface));
            } else {
                toTime(m, span, text, sentence).ifPresent(times::add);
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        times.sort(Comparator.comparing(TimeExpression::span));
        return in.withLanguage(sentences, mentions, times);
    }

    private static Sentence toSentence(int index, CoreMap sentence, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            TextSpan span = new TextSpan(label.beginPosition(), label.endPosition());
            tokens.add(new Token(tokens.size(), span, span.of(text), nonNull(label.lemma()), nonNull(label.tag()),
                    label.ner() == null ? "O" : label.ner()));
        }
        TextSpan span = new TextSpan(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new Sentence(index, span, tokens, dependencies(sentence));
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> arcs = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            arcs.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            arcs.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        arcs.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        return arcs;
    }

    private static Optional<TimeExpression> toTime(CoreMap m, TextSpan span, String text, int sentence) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null || timex.value() == null || timex.timexType() == null) {
            return Optional.empty();
        }
        TimexType type;
        try {
            type = TimexType.valueOf(timex.timexType());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new TimeExpression(span, span.of(text), type, timex.value(), sentence, "sutime"));
    }

    /**
     * CoreNLP's entity mentions include pronouns ("he", "his") typed as the entity they may stand for;
     * they are not names, and coreference is the quote and actor stages' business.
     */
    private static boolean isPronoun(List<Sentence> sentences, TextSpan span) {
        for (Sentence s : sentences) {
            if (s.span().overlaps(span)) {
                return s.tokens().stream().filter(t -> span.contains(t.span()))
                        .allMatch(t -> t.pos().startsWith("PRP") || t.pos().startsWith("WP"));
            }
        }
        return false;
    }


    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
