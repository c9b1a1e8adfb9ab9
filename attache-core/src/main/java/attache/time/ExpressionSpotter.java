package attache.time;

import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import attache.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds temporal expressions the tagger missed or threw away: month and weekday names tagged as
 * proper nouns ("February's summit"; the tag keeps out the verb "march" and the modal "may"), and
 * the multi-word vague phrases of the lexicon ("at the moment").
 */
final class ExpressionSpotter {

    private final TimeLexicon lexicon;

    ExpressionSpotter(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<TimeExpression> missed(List<Sentence> sentences, List<TimeExpression> found, String text) {
        List<TimeExpression> spotted = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String word = t.text().toLowerCase(Locale.ROOT).replace(".", "");
                boolean name = t.pos().startsWith("NNP")
                        && (lexicon.month(word).isPresent() || lexicon.weekday(word).isPresent());
                if (name && word.length() > 3 && !covered(t.span(), found, spotted)) {
                    spotted.add(new TimeExpression(t.span(), t.text(), TimexType.DATE, "", s.index(), "spotted"));
                }
            }
            spotPhrases(s, found, spotted, text);
        }
        return spotted;
    }

    private void spotPhrases(Sentence s, List<TimeExpression> found, List<TimeExpression> spotted, String text) {
        List<Token> tokens = s.tokens();
        for (String phrase : lexicon.spottedPhrases()) {
            String[] words = phrase.split(" ");
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                if (matches(tokens, i, words)) {
                    TextSpan span = new TextSpan(tokens.get(i).span().start(),
                            tokens.get(i + words.length - 1).span().end());
                    if (!covered(span, found, spotted)) {
                        spotted.add(new TimeExpression(span, span.of(text), TimexType.DATE, "", s.index(), "spotted"));
                    }
                }
            }
        }
    }

    private static boolean matches(List<Token> tokens, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(from + k).text().equalsIgnoreCase(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(TextSpan span, List<TimeExpression> a, List<TimeExpression> b) {
        return a.stream().anyMatch(t -> t.span().overlaps(span)) || b.stream().anyMatch(t -> t.span().overlaps(span));
    }
}
