package attache.actors;

import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.List;
import java.util.Set;

/** Noun phrases read off a sentence's dependency parse. */
final class NounPhrases {

    /** Dependents that belong to a noun phrase's name: "the", "chief nuclear", "U.S. President", "Seoul 's". */
    private static final Set<String> INSIDE = Set.of("det", "amod", "compound", "flat", "flat:name", "nummod",
            "nmod:poss", "case", "det:poss", "compound:prt", "advmod", "nmod:npmod", "fixed", "det:predet");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "into", "across",
            "toward", "towards", "via", "inside", "around", "through", "within", "throughout");

    private NounPhrases() {
    }

    /** The first and last token of the noun phrase headed by {@code head} (inclusive). */
    static int[] extent(Sentence sentence, int head) {
        int[] range = {head, head};
        grow(sentence, head, range, 0);
        return range;
    }

    private static void grow(Sentence sentence, int token, int[] range, int depth) {
        if (depth > 6) {
            return;
        }
        for (Dependency d : sentence.childrenOf(token)) {
            boolean preposition = d.relation().equals("case") && !sentence.tokens().get(d.dependent()).pos().equals("POS");
            if (!INSIDE.contains(d.relation()) || preposition) {
                continue;
            }
            range[0] = Math.min(range[0], d.dependent());
            range[1] = Math.max(range[1], d.dependent());
            grow(sentence, d.dependent(), range, depth + 1);
        }
    }

    static List<String> words(Sentence sentence, int[] range) {
        return sentence.tokens().subList(range[0], range[1] + 1).stream().map(Token::text).toList();
    }

    static TextSpan span(Sentence sentence, int[] range) {
        return new TextSpan(sentence.tokens().get(range[0]).span().start(), sentence.tokens().get(range[1]).span().end());
    }

    /**
     * Whether the token stands as a place: the object of "in", "at", "to", "near"…, or a modifier of
     * such an object ("at Vienna airport", "near Washington's Dulles airport").
     */
    static boolean locative(Sentence sentence, int head) {
        int token = head;
        for (int depth = 0; depth < 3 && token >= 0; depth++) {
            for (Dependency d : sentence.childrenOf(token)) {
                if (d.relation().equals("case") && LOCATIVE.contains(
                        sentence.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            String rel = relation(sentence, token);
            if (!rel.equals("compound") && !rel.equals("nmod:poss")) {
                return false;
            }
            token = sentence.headOf(token).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /** Whether the token has a case marker with this lemma ("of" in "the president of Armenia"). */
    static boolean hasCase(Sentence sentence, int token, String lemma) {
        for (Dependency d : sentence.childrenOf(token)) {
            if (d.relation().equals("case") && sentence.tokens().get(d.dependent()).lemma().equalsIgnoreCase(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The dependency relation that attaches the token to its head ("nsubj", "appos"), or "root". */
    static String relation(Sentence sentence, int token) {
        return sentence.headOf(token).map(Dependency::relation).orElse("root");
    }
}
