package attache.time;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import attache.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A one-sentence story built by hand, word by word with tag, head and relation, so the time rules
 * can be tested without CoreNLP. Words are joined by single spaces.
 */
final class Story {

    private record Word(String text, String pos, String lemma, int head, String relation) {
    }

    private record Tagged(String text, TimexType type, String value) {
    }

    private final LocalDate published;
    private final List<Word> words = new ArrayList<>();
    private final List<Tagged> tagged = new ArrayList<>();

    private Story(LocalDate published) {
        this.published = published;
    }

    static Story publishedOn(String date) {
        return new Story(LocalDate.parse(date));
    }

    /** A word whose head is the word at {@code head} (0-based; -1 for the root). */
    Story word(String text, String pos, int head, String relation) {
        return word(text, pos, text.toLowerCase(Locale.ROOT), head, relation);
    }

    Story word(String text, String pos, String lemma, int head, String relation) {
        words.add(new Word(text, pos, lemma, head, relation));
        return this;
    }

    /** An expression as the tagger reported it: its words (first occurrence) and its value. */
    Story tagged(String text, TimexType type, String value) {
        tagged.add(new Tagged(text, type, value));
        return this;
    }

    AnalyzedArticle analysed() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> arcs = new ArrayList<>();
        for (Word w : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            TextSpan span = new TextSpan(text.length(), text.length() + w.text().length());
            text.append(w.text());
            tokens.add(new Token(tokens.size(), span, w.text(), w.lemma(), w.pos(), "O"));
            arcs.add(new Dependency(w.head(), tokens.size() - 1, w.relation()));
        }
        Sentence sentence = new Sentence(0, new TextSpan(0, text.length()), tokens, arcs);
        List<TimeExpression> raw = new ArrayList<>();
        for (Tagged t : tagged) {
            int start = text.indexOf(t.text());
            if (start < 0) {
                throw new IllegalArgumentException("'" + t.text() + "' is not in '" + text + "'");
            }
            raw.add(new TimeExpression(new TextSpan(start, start + t.text().length()), t.text(), t.type(), t.value(),
                    0, "sutime"));
        }
        Article article = new Article("story", null, published, null, text.toString(), "test");
        return AnalyzedArticle.of(article).withLanguage(List.of(sentence), List.of(), raw);
    }
}
