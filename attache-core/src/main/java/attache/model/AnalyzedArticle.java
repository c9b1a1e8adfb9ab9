package attache.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article and every layer of analysis found so far. Immutable: a stage returns a copy made with
 * one of the {@code with…} methods, which also records the layer as present.
 *
 * @param article     the input
 * @param boilerplate spans of the text that are not body, sorted by start
 * @param dateline    the parsed dateline, if the story opens with one
 * @param sentences   sentences of the body
 * @param nerMentions named-entity mentions as the tagger found them
 * @param rawTimes    temporal expressions as the tagger found them, with its values
 * @param entities    entity mentions linked within the article
 * @param times       temporal expressions with resolved values
 * @param quotes      direct quotes
 * @param actors      mentions resolved to actors
 * @param events      political events
 * @param claims      attributed statements, in text order
 * @param positions   standing demands and stances of actors
 * @param relations   conflicts and agreements between claims of different sides about one event
 * @param layers      which layers have been computed
 */
public record AnalyzedArticle(Article article, List<Boilerplate> boilerplate, Optional<Dateline> dateline,
                              List<Sentence> sentences, List<Mention> nerMentions,
                              List<TimeExpression> rawTimes, List<Mention> entities,
                              List<TimeExpression> times, List<Quote> quotes, List<ActorMention> actors,
                              List<Event> events, List<Claim> claims, List<Position> positions,
                              List<AccountRelation> relations, Set<Layer> layers) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        boilerplate = List.copyOf(boilerplate);
        Objects.requireNonNull(dateline, "dateline");
        sentences = List.copyOf(sentences);
        nerMentions = List.copyOf(nerMentions);
        rawTimes = List.copyOf(rawTimes);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        positions = List.copyOf(positions);
        relations = List.copyOf(relations);
        layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
    }

    /** An article with no analysis yet. */
    public static AnalyzedArticle of(Article article) {
        return new AnalyzedArticle(article, List.of(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    public String text() {
        return article.text();
    }

    public AnalyzedArticle withBoilerplate(List<Boilerplate> spans, Optional<Dateline> line) {
        List<Boilerplate> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        return new AnalyzedArticle(article, sorted, line, sentences, nerMentions, rawTimes, entities, times,
                quotes, actors, events, claims, positions, relations, plus(Layer.BOILERPLATE));
    }

    public AnalyzedArticle withLanguage(List<Sentence> parsed, List<Mention> mentions, List<TimeExpression> tagged) {
        return new AnalyzedArticle(article, boilerplate, dateline, parsed, mentions, tagged, entities, times,
                quotes, actors, events, claims, positions, relations, plus(Layer.SENTENCES, Layer.MENTIONS));
    }

    public AnalyzedArticle withEntities(List<Mention> linked) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, linked, times,
                quotes, actors, events, claims, positions, relations, plus(Layer.ENTITIES));
    }

    public AnalyzedArticle withTimes(List<TimeExpression> resolved) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, entities,
                resolved, quotes, actors, events, claims, positions, relations, plus(Layer.TIMES));
    }

    public AnalyzedArticle withQuotes(List<Quote> found) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, entities, times,
                found, actors, events, claims, positions, relations, plus(Layer.QUOTES));
    }

    public AnalyzedArticle withActors(List<ActorMention> resolved) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, entities, times,
                quotes, resolved, events, claims, positions, relations, plus(Layer.ACTORS));
    }

    public AnalyzedArticle withEvents(List<Event> coded) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, entities, times,
                quotes, actors, coded, claims, positions, relations, plus(Layer.EVENTS));
    }

    public AnalyzedArticle withClaims(List<Claim> found, List<Position> stances, List<AccountRelation> compared) {
        return new AnalyzedArticle(article, boilerplate, dateline, sentences, nerMentions, rawTimes, entities, times,
                quotes, actors, events, found, stances, compared, plus(Layer.CLAIMS));
    }

    /**
     * The text the language layer reads: the original with every boilerplate span blanked by spaces
     * of equal length (newlines kept), so offsets stay those of the original.
     */
    public String analysisText() {
        return BodyText.blank(article.text(), boilerplate);
    }

    /** The body as a reader would copy it: the text without the boilerplate spans. */
    public BodyText body() {
        return BodyText.of(article.text(), boilerplate);
    }

    private Set<Layer> plus(Layer... added) {
        Set<Layer> next = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        next.addAll(List.of(added));
        return next;
    }
}
