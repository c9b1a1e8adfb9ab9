package attache.testing;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Dependency;
import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import attache.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An article built by hand, sentence by sentence and word by word with tag, head and relation, plus
 * its entity mentions, so stages after the language layer are tested without CoreNLP. Words are
 * joined by single spaces and sentences by one space.
 */
public final class ParsedStory {

    private record Word(String text, String pos, String lemma, int head, String relation) {
    }

    private record Entity(int sentence, String text, EntityType type, String canonical) {
    }

    private record Time(int sentence, String text, TimexType type, String value) {
    }

    private final LocalDate published;
    private final List<List<Word>> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Time> times = new ArrayList<>();

    private ParsedStory(LocalDate published) {
        this.published = published;
    }

    public static ParsedStory publishedOn(String date) {
        return new ParsedStory(LocalDate.parse(date));
    }

    /** Starts a new sentence. */
    public ParsedStory sentence() {
        sentences.add(new ArrayList<>());
        return this;
    }

    /** A word whose head is the word at {@code head} of its sentence (0-based; -1 for the root). */
    public ParsedStory word(String text, String pos, int head, String relation) {
        return word(text, pos, text.toLowerCase(Locale.ROOT), head, relation);
    }

    public ParsedStory word(String text, String pos, String lemma, int head, String relation) {
        if (sentences.isEmpty()) {
            sentence();
        }
        sentences.get(sentences.size() - 1).add(new Word(text, pos, lemma, head, relation));
        return this;
    }

    /** An entity mention: the first occurrence of {@code text} in the current sentence. */
    public ParsedStory entity(String text, EntityType type) {
        return entity(text, type, text);
    }

    public ParsedStory entity(String text, EntityType type, String canonical) {
        entities.add(new Entity(sentences.size() - 1, text, type, canonical));
        return this;
    }

    /** A resolved time expression: the first occurrence of {@code text} in the current sentence. */
    public ParsedStory time(String text, TimexType type, String value) {
        times.add(new Time(sentences.size() - 1, text, type, value));
        return this;
    }

    public AnalyzedArticle analysed() {
        StringBuilder text = new StringBuilder();
        List<Sentence> parsed = new ArrayList<>();
        for (List<Word> words : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> arcs = new ArrayList<>();
            for (Word w : words) {
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                TextSpan span = new TextSpan(text.length(), text.length() + w.text().length());
                text.append(w.text());
                tokens.add(new Token(tokens.size(), span, w.text(), w.lemma(), w.pos(), "O"));
                arcs.add(new Dependency(w.head(), tokens.size() - 1, w.relation()));
            }
            parsed.add(new Sentence(parsed.size(), new TextSpan(start, text.length()), tokens, arcs));
        }
        String body = text.toString();
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : entities) {
            Sentence s = parsed.get(e.sentence());
            int at = body.indexOf(e.text(), s.span().start());
            if (at < 0 || at >= s.span().end()) {
                throw new IllegalArgumentException("'" + e.text() + "' is not in sentence " + e.sentence());
            }
            mentions.add(new Mention(new TextSpan(at, at + e.text().length()), e.text(), e.type(), e.sentence(),
                    e.canonical()));
        }
        List<TimeExpression> resolved = new ArrayList<>();
        for (Time t : times) {
            TextSpan span = find(body, parsed.get(t.sentence()), t.text());
            resolved.add(new TimeExpression(span, t.text(), t.type(), t.value(), t.sentence(), "test"));
        }
        Article article = new Article("story", null, published, null, body, "test");
        return AnalyzedArticle.of(article).withBoilerplate(List.of(), Optional.empty())
                .withLanguage(parsed, mentions, resolved).withEntities(mentions).withTimes(resolved);
    }

    private static TextSpan find(String body, Sentence s, String text) {
        int at = body.indexOf(text, s.span().start());
        if (at < 0 || at >= s.span().end()) {
            throw new IllegalArgumentException("'" + text + "' is not in sentence " + s.index());
        }
        return new TextSpan(at, at + text.length());
    }
}
