package attache.store.testing;

import attache.model.AccountRelation;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Assessment;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.CameoCode;
import attache.model.Claim;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Mention;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.Position;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An analysed article built by hand, so the store is tested without CoreNLP. Every fact names its
 * words; the builder finds their first occurrence in the text (after {@code from} where given), so
 * every offset is right by construction.
 */
public final class StoryBuilder {

    private final Article article;
    private final List<Boilerplate> boilerplate = new ArrayList<>();
    private final List<Mention> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<AccountRelation> relations = new ArrayList<>();

    private StoryBuilder(Article article) {
        this.article = article;
    }

    public static StoryBuilder article(String id, String url, String published, String text) {
        return article(id, url, published, "Title of " + id, text);
    }

    public static StoryBuilder article(String id, String url, String published, String title, String text) {
        return new StoryBuilder(new Article(id, url, LocalDate.parse(published), title, text, "test:" + id));
    }

    public static Actor actor(String name, String country, String agent) {
        return new Actor(name, country, null, agent, null, "test:" + name);
    }

    public static CameoCode cameo(String code, int quadClass, double goldstein, Plover plover) {
        return new CameoCode(code, "code " + code, quadClass, goldstein, Optional.of(plover), Optional.empty());
    }

    public TextSpan span(String words) {
        int start = article.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new TextSpan(start, start + words.length());
    }

    /** The first occurrence of {@code words} at or after {@code from}. */
    public TextSpan spanFrom(String words, int from) {
        int start = article.text().indexOf(words, from);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text after offset " + from);
        }
        return new TextSpan(start, start + words.length());
    }

    public StoryBuilder boilerplate(String words, BoilerplateKind kind) {
        boilerplate.add(new Boilerplate(span(words), kind, words));
        return this;
    }

    /** An entity that is also an actor mention. */
    public StoryBuilder entity(String words, EntityType type, Actor actor) {
        TextSpan s = span(words);
        entities.add(new Mention(s, words, type, sentenceOf(s), actor.name()));
        actors.add(new ActorMention(s, words, sentenceOf(s), -1, actor, Optional.empty()));
        return this;
    }

    public StoryBuilder time(String words, String value) {
        TextSpan s = span(words);
        times.add(new TimeExpression(s, words, TimexType.DATE, value, sentenceOf(s), "test"));
        return this;
    }

    public StoryBuilder quote(String words, String speakerWords) {
        Optional<Quote.Speaker> speaker = Optional.ofNullable(speakerWords)
                .map(w -> new Quote.Speaker(w, span(w)));
        quotes.add(new Quote(span(words), words, List.of(span(words)), speaker));
        return this;
    }

    /** An event told in {@code sentence} (its words), with more sentences of evidence if given. */
    public StoryBuilder event(String sourceWords, Actor source, String targetWords, Actor target, CameoCode code,
                       String date, String place, boolean negated, Modality modality, String trigger,
                       String sentence, String... moreEvidence) {
        TextSpan evidence = span(sentence);
        List<TextSpan> all = new ArrayList<>(List.of(evidence));
        for (String more : moreEvidence) {
            all.add(span(more));
        }
        Optional<Participant> tgt = targetWords == null ? Optional.empty()
                : Optional.of(new Participant(target, span(targetWords)));
        Optional<Place> where = place == null ? Optional.empty()
                : Optional.of(new Place(place, place.equals("Stockholm") ? "SWE" : null, span(place)));
        events.add(new Event(new Participant(source, span(sourceWords)), tgt, code.plover().orElseThrow(),
                Optional.empty(), code, new EventDate(date, null, null, EventDate.Source.PUBLICATION), where,
                negated, modality, Optional.empty(), sentenceOf(evidence), span(trigger), all, "test:1", 0.8));
        return this;
    }

    /**
     * A claim by {@code claimant} (its words) stating {@code content}, attributed by {@code cue} (the
     * first one after the claimant), about
     * the events at the given indices; the assessment is the balance of {@code cueWords}, each
     * "words:positive" or "words:negative", found inside the content. Dated at publication.
     */
    public StoryBuilder claim(String claimantWords, Actor claimant, Claim.Kind kind, String cue, String content,
                              List<Integer> about, String outcome, String... cueWords) {
        TextSpan contentSpan = span(content);
        List<Claim.AssessmentCue> cues = new ArrayList<>();
        int balance = 0;
        for (String cueWord : cueWords) {
            int colon = cueWord.lastIndexOf(':');
            String words = cueWord.substring(0, colon);
            Assessment polarity = Assessment.valueOf(cueWord.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
            int at = article.text().indexOf(words, contentSpan.start());
            if (at < 0 || at + words.length() > contentSpan.end()) {
                throw new IllegalArgumentException("'" + words + "' is not in the claim's content");
            }
            balance += polarity == Assessment.POSITIVE ? 1 : polarity == Assessment.NEGATIVE ? -1 : 0;
            cues.add(new Claim.AssessmentCue(new TextSpan(at, at + words.length()), polarity, false,
                    Optional.ofNullable(outcome)));
        }
        Assessment assessment = balance > 0 ? Assessment.POSITIVE : balance < 0 ? Assessment.NEGATIVE
                : Assessment.NEUTRAL;
        TextSpan who = span(claimantWords);
        claims.add(new Claim(new Participant(claimant, who), kind, spanFrom(cue, who.end()), contentSpan,
                sentenceOf(contentSpan), new EventDate(article.published().toString(), null, null,
                EventDate.Source.PUBLICATION), about, assessment, cues, Optional.ofNullable(outcome)));
        return this;
    }

    /** A standing position of {@code holder} stated by {@code cue} over {@code complement}, all in {@code sentence}. */
    public StoryBuilder position(String holderWords, Actor holder, String stance, String cue, String complement,
                                 String sentence, String... issues) {
        TextSpan evidence = span(sentence);
        positions.add(new Position(new Participant(holder, spanFrom(holderWords, evidence.start())), stance,
                spanFrom(cue, evidence.start()), spanFrom(complement, evidence.start()),
                stance + ": " + complement.toLowerCase(java.util.Locale.ROOT), List.of(issues), sentenceOf(evidence),
                new EventDate(article.published().toString(), null, null, EventDate.Source.PUBLICATION), evidence));
        return this;
    }

    /** A conflict or agreement (by assessment) between two sides' claims (indices) about event {@code event}. */
    public StoryBuilder relation(AccountRelation.Relation relation, int event, String firstSide, List<Integer> first,
                                 String secondSide, List<Integer> second) {
        relations.add(new AccountRelation(relation, OptionalInt.of(event), Optional.empty(), firstSide, first,
                secondSide, second, "assessment"));
        return this;
    }

    public AnalyzedArticle build() {
        List<Sentence> sentences = sentences();
        AnalyzedArticle doc = AnalyzedArticle.of(article).withBoilerplate(boilerplate, Optional.empty())
                .withLanguage(sentences, entities, times).withEntities(entities).withTimes(times)
                .withQuotes(quotes).withActors(actors).withEvents(events);
        return claims.isEmpty() && positions.isEmpty() ? doc : doc.withClaims(claims, positions, relations);
    }

    /** Sentences end at ". " or the end of the text: enough for these stories. */
    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        String text = article.text();
        int start = 0;
        while (start < text.length()) {
            int dot = text.indexOf(". ", start);
            int end = dot < 0 ? text.length() : dot + 1;
            out.add(new Sentence(out.size(), new TextSpan(start, end), List.of(), List.of()));
            start = end + 1;
        }
        return out;
    }

    private int sentenceOf(TextSpan s) {
        return (int) sentences().stream().filter(x -> x.span().end() <= s.start()).count();
    }
}
