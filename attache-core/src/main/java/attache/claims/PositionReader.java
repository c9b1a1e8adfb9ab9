package attache.claims;

import attache.model.Dependency;
import attache.model.EventDate;
import attache.model.Participant;
import attache.model.Position;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds standing positions: a stance verb of {@code stances.tsv} ("demand", "insist on", "oppose")
 * told as lasting, not as a single act — in the present ("Pyongyang wants"), the present perfect
 * ("the U.S. has demanded"), the present progressive ("is pressing for"), with "long", "repeatedly",
 * "always", or under "continue"/"keep" — with an actor as its subject and an issue of
 * {@code topics.tsv} in what it stands for.
 */
final class PositionReader {

    private static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp");
    private static final Set<String> LASTING_ADVERBS = Set.of("long", "repeatedly", "always", "consistently",
            "still", "continually", "persistently", "steadfastly");
    private static final Set<String> CONTINUING = Set.of("continue", "keep", "remain");
    private static final Set<String> NOT_CONTENT = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "punct", "cc",
            "conj", "advmod", "obl:tmod", "nmod:tmod", "mark", "cop", "expl", "parataxis");
    private static final Set<String> CONTRASTING = Set.of("while", "whereas", "although", "though", "whilst");
    private static final Set<String> DROPPED_TAGS = Set.of("DT", ",", ".", ":", "``", "''", "POS", "-LRB-", "-RRB-");

    private final ClaimLexicons lexicons;
    private final Speakers speakers;
    private final ClaimDater dater;

    PositionReader(ClaimLexicons lexicons, Speakers speakers, ClaimDater dater) {
        this.lexicons = lexicons;
        this.speakers = speakers;
        this.dater = dater;
    }

    List<Position> read(Tree tree) {
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (!tree.token(i).pos().startsWith("VB")) {
                continue;
            }
            Optional<PhraseTable.Found<String>> stance = lexicons.stances().at(tree.sentence(), i);
            if (stance.isEmpty() || !lasting(tree, i) || negated(tree, i)) {
                continue;
            }
            position(tree, i, stance.get()).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Position> position(Tree tree, int verb, PhraseTable.Found<String> stance) {
        Optional<Participant> holder = subject(tree, verb);
        int last = -1;
        for (Dependency d : tree.sentence().childrenOf(verb)) {
            if (!NOT_CONTENT.contains(d.relation()) && d.dependent() > stance.last() && !contrast(tree, d)) {
                last = Math.max(last, tree.clauseExtent(d.dependent())[1]);
            }
        }
        if (holder.isEmpty() || last <= stance.last()) {
            return Optional.empty();
        }
        int first = stance.last() + 1;
        List<String> issues = new ArrayList<>(new LinkedHashSet<>(
                lexicons.topics().within(tree.sentence(), first, last).stream().map(PhraseTable.Found::value).toList()));
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        TextSpan span = tree.span(first, last);
        TextSpan cue = new TextSpan(tree.token(stance.first()).span().start(), tree.token(stance.last()).span().end());
        EventDate since = dater.date(tree, OptionalInt.of(verb), span);
        return Optional.of(new Position(holder.get(), stance.value(), cue, span, phrase(tree, stance.value(), first, last),
                issues, tree.sentence().index(), since, tree.sentence().span()));
    }

    /**
     * An adverbial clause set against the stance rather than part of it: one with a subject of its
     * own ("…, while Washington wants steps first") or introduced by a contrasting word ("although
     * talks continue"). What another party wants, or what holds despite the stance, is not its content.
     */
    private static boolean contrast(Tree tree, Dependency d) {
        if (!d.relation().startsWith("advcl")) {
            return false;
        }
        int clause = d.dependent();
        boolean ownSubject = !tree.children(clause, Set.of("nsubj", "nsubj:pass")).isEmpty();
        boolean contrasting = tree.children(clause, Set.of("mark")).stream()
                .anyMatch(m -> CONTRASTING.contains(tree.lemma(m)));
        return ownSubject || contrasting;
    }

    /** The stance then the complement's lemmas, lower case, articles and punctuation left out. */
    private static String phrase(Tree tree, String stance, int first, int last) {
        StringBuilder sb = new StringBuilder(stance).append(':');
        for (int t = first; t <= last; t++) {
            Token token = tree.token(t);
            if (!DROPPED_TAGS.contains(token.pos())) {
                sb.append(' ').append(token.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Present, present perfect or progressive, "long"/"repeatedly", or under "continue"/"keep". */
    private static boolean lasting(Tree tree, int verb) {
        String pos = tree.token(verb).pos();
        List<Integer> aux = tree.children(verb, Set.of("aux"));
        boolean pastAux = aux.stream().anyMatch(a -> tree.token(a).pos().equals("VBD") || tree.token(a).pos().equals("MD"));
        if ((pos.equals("VBZ") || pos.equals("VBP")) && aux.isEmpty()) {
            return true;
        }
        if (pos.equals("VBN") || pos.equals("VBG")) {
            boolean present = aux.stream().anyMatch(a -> tree.token(a).pos().equals("VBZ") || tree.token(a).pos().equals("VBP"));
            if (present && !pastAux) {
                return true;
            }
        }
        if (tree.children(verb, Set.of("advmod")).stream().anyMatch(a -> LASTING_ADVERBS.contains(tree.lemma(a)))) {
            return true;
        }
        var head = tree.head(verb);
        return head.isPresent() && head.get().relation().equals("xcomp") && CONTINUING.contains(tree.lemma(head.get().governor()));
    }

    private static boolean negated(Tree tree, int verb) {
        return tree.children(verb, Set.of("advmod", "neg")).stream()
                .anyMatch(a -> Set.of("not", "never", "n't").contains(tree.lemma(a)));
    }

    private Optional<Participant> subject(Tree tree, int verb) {
        OptionalInt subject = tree.subjectOf(verb, SUBJECT, SHARES_SUBJECT);
        return subject.isPresent() ? speakers.at(tree, subject.getAsInt()) : Optional.empty();
    }
}
