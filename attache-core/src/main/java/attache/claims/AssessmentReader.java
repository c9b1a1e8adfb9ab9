package attache.claims;

import attache.model.Assessment;
import attache.model.Claim.AssessmentCue;
import attache.model.Dependency;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Judges a claim from the words of its content (and its own verb: "condemned", "praised"): each
 * phrase of the assessment lexicon weighs positive or negative, turned round by a negation that
 * governs it ("not productive", "no progress", "did not make progress"). A phrase inside a
 * concessive clause ("despite the lack of results") is the speaker granting a point, not the
 * speaker's judgement, and is left out.
 */
final class AssessmentReader {

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "hardly", "without");
    private static final Set<String> NEGATING_RELATIONS = Set.of("neg", "advmod", "det", "case", "cc:preconj");
    /** Relations through which a negation on a governing word reaches the phrase ("did not make progress"). */
    private static final Set<String> REACHED = Set.of("obj", "xcomp", "amod", "nsubj", "nsubj:pass", "obl");
    private static final Set<String> CONCESSIVE = Set.of("despite", "although", "though", "notwithstanding");

    private final ClaimLexicons lexicons;

    AssessmentReader(ClaimLexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The cues of a content span, in text order, across every sentence it covers. */
    List<AssessmentCue> cues(List<Tree> trees, TextSpan content, Tree cueTree, OptionalInt cueToken) {
        List<AssessmentCue> out = new ArrayList<>();
        if (cueToken.isPresent()) {
            lexicons.assessments().at(cueTree.sentence(), cueToken.getAsInt())
                    .filter(f -> f.first() == f.last())
                    .ifPresent(f -> out.add(cue(cueTree, f)));
        }
        for (Tree tree : trees) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tree.size(); i++) {
                if (content.contains(tree.token(i).span())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            for (PhraseTable.Found<ClaimLexicons.Judgement> f : lexicons.assessments().within(tree.sentence(), first, last)) {
                if (!conceded(tree, f.first(), content)) {
                    out.add(cue(tree, f));
                }
            }
        }
        return out;
    }

    /** The balance of the cues: more positive than negative is positive, and so on; a tie is neutral. */
    static Assessment balance(List<AssessmentCue> cues) {
        int score = 0;
        for (AssessmentCue c : cues) {
            score += c.polarity() == Assessment.POSITIVE ? 1 : c.polarity() == Assessment.NEGATIVE ? -1 : 0;
        }
        return score > 0 ? Assessment.POSITIVE : score < 0 ? Assessment.NEGATIVE : Assessment.NEUTRAL;
    }

    /** The one outcome the cues state, if they state one and only one. */
    static Optional<String> outcome(List<AssessmentCue> cues) {
        List<String> stated = cues.stream().flatMap(c -> c.outcome().stream()).distinct().toList();
        return stated.size() == 1 ? Optional.of(stated.get(0)) : Optional.empty();
    }

    private AssessmentCue cue(Tree tree, PhraseTable.Found<ClaimLexicons.Judgement> f) {
        TextSpan span = new TextSpan(tree.token(f.first()).span().start(), tree.token(f.last()).span().end());
        boolean negated = negated(tree, f.first(), f.last());
        ClaimLexicons.Judgement j = f.value();
        Assessment polarity = negated ? flip(j.polarity()) : j.polarity();
        return new AssessmentCue(span, polarity, negated, negated ? Optional.empty() : j.outcome());
    }

    private static boolean negated(Tree tree, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (hasNegator(tree, t, first, last)) {
                return true;
            }
            var head = tree.head(t);
            if (head.isPresent() && (head.get().governor() < first || head.get().governor() > last)
                    && REACHED.contains(head.get().relation()) && hasNegator(tree, head.get().governor(), first, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNegator(Tree tree, int token, int first, int last) {
        for (Dependency d : tree.sentence().childrenOf(token)) {
            int n = d.dependent();
            if ((n < first || n > last) && NEGATING_RELATIONS.contains(d.relation()) && NEGATORS.contains(tree.lemma(n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word stands in a clause or phrase of the content opened by "despite", "although" … */
    private static boolean conceded(Tree tree, int token, TextSpan content) {
        int t = token;
        for (int depth = 0; depth < 12 && t >= 0 && content.contains(tree.token(t).span()); depth++) {
            for (Dependency d : tree.sentence().childrenOf(t)) {
                if ((d.relation().equals("mark") || d.relation().equals("case"))
                        && CONCESSIVE.contains(tree.lemma(d.dependent()))) {
                    return true;
                }
            }
            t = tree.head(t).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    private static Assessment flip(Assessment a) {
        return a == Assessment.POSITIVE ? Assessment.NEGATIVE : a == Assessment.NEGATIVE ? Assessment.POSITIVE : a;
    }
}
