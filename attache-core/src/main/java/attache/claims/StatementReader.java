package attache.claims;

import attache.model.Claim;
import attache.model.Participant;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the statements of one sentence from the parse: a stating verb with its subject and its
 * clause ("The North claimed [the talks broke down]", "…, Seoul's negotiator said"), a description
 * ("Washington described [the discussions as good]"), an evaluative verb with its object ("Tehran
 * condemned [the strike]"), a stating noun with its owner and clause ("the ministry's statement
 * [that it had accepted]"), and "according to X". The stating words are the event coder's
 * reporting cues plus {@code statement-verbs.txt}, so a claim and a reported event rest on the same
 * verb.
 */
final class StatementReader {

    private static final Set<String> CLAUSE = Set.of("ccomp", "parataxis");
    private static final Set<String> SUBJECT = Set.of("nsubj");
    /** Relations through which a verb shares its governor's subject ("described … and said", "cast …, saying"). */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl");
    /** How a parser hangs a closing "…, X said" on the clause it reports. */
    private static final Set<String> INVERTED = Set.of("parataxis", "dep");
    /** The relations a stating participle climbs to find its reporter: "said [the talks failed, adding …]". */
    private static final Set<String> REPORTED_THROUGH = Set.of("advcl", "dep", "ccomp", "conj", "xcomp");
    private static final Set<String> DESCRIBING = Set.of("describe", "call", "term", "characterize", "characterise",
            "label", "brand");
    private static final Set<String> OWNER = Set.of("nmod:poss", "nmod", "obl");
    private static final Set<String> NOT_CONTENT = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "punct", "cc",
            "conj", "mark", "advmod", "obl:tmod", "nmod:tmod", "parataxis", "ccomp", "advcl", "cop", "expl");

    private final ClaimLexicons lexicons;
    private final Speakers speakers;

    StatementReader(ClaimLexicons lexicons, Speakers speakers) {
        this.lexicons = lexicons;
        this.speakers = speakers;
    }

    List<Statement> read(Tree tree) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            String pos = tree.token(i).pos();
            if (tree.token(i).text().equalsIgnoreCase("according")) {
                according(tree, i).ifPresent(out::add);
            } else if (pos.startsWith("VB") && lexicons.states(tree.lemma(i))) {
                verb(tree, i).ifPresent(out::add);
            } else if (pos.startsWith("NN") && lexicons.states(tree.lemma(i))) {
                noun(tree, i).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Statement> verb(Tree tree, int verb) {
        Optional<Participant> claimant = subject(tree, verb);
        if (claimant.isEmpty()) {
            return Optional.empty();
        }
        // A description is what it is said of and as what ("described the talks as a failure"), even
        // when a clause follows it ("…, saying Belgrade had refused"): that clause is a statement of its own.
        boolean describing = DESCRIBING.contains(tree.lemma(verb));
        Optional<TextSpan> content = describing ? objectOf(tree, verb) : clauseOf(tree, verb, claimant.get().mention());
        Claim.Kind kind = describing ? Claim.Kind.DESCRIPTION : Claim.Kind.REPORTED;
        if (content.isEmpty() && evaluative(tree.lemma(verb))) {
            content = objectOf(tree, verb);
        }
        if (content.isEmpty() || claimant.get().mention().overlaps(content.get())) {
            return Optional.empty();
        }
        return Optional.of(new Statement(claimant.get(), kind, tree.token(verb).span(), OptionalInt.of(verb),
                content.get(), tree.sentence().index(), lexicons.reports(tree.lemma(verb))));
    }

    private boolean evaluative(String lemma) {
        return lexicons.states(lemma) && !lexicons.reports(lemma);
    }

    /**
     * The subject of the verb, or of the verb it continues ("described … and said it brought"); for
     * a verb that closes the clause it reports with no subject in the parse ("…, Seoul's chief
     * negotiator said Monday", parsed as an apposition), the actor named just before it.
     */
    private Optional<Participant> subject(Tree tree, int verb) {
        if (participle(tree, verb)) {
            Optional<Participant> reporter = reporterAbove(tree, verb);
            if (reporter.isPresent()) {
                return reporter;
            }
        }
        OptionalInt subject = tree.subjectOf(verb, SUBJECT, SHARES_SUBJECT);
        if (subject.isPresent()) {
            return speakers.at(tree, subject.getAsInt());
        }
        boolean closing = INVERTED.contains(tree.relation(verb)) && verb > 0;
        return closing ? speakers.endingAt(tree, verb - 1) : Optional.empty();
    }

    /**
     * A stating participle with no subject of its own ("…, adding that …", an adverbial clause or,
     * as CoreNLP often leaves it, a bare dependent): it continues the statement it follows. Its subject is the reporter's, but the parser often hangs it on the
     * reported clause instead ("said [the talks failed, adding …]"), where the shared subject
     * would be the talks.
     */
    private boolean participle(Tree tree, int verb) {
        String relation = tree.relation(verb);
        return tree.token(verb).pos().equals("VBG") && (relation.startsWith("advcl") || relation.equals("dep"))
                && tree.children(verb, SUBJECT).isEmpty() && lexicons.states(tree.lemma(verb));
    }

    /** The speaker of the nearest stating verb above {@code verb}, through the clauses between them. */
    private Optional<Participant> reporterAbove(Tree tree, int verb) {
        int v = verb;
        for (int depth = 0; depth < 4; depth++) {
            var head = tree.head(v);
            if (head.isEmpty() || !REPORTED_THROUGH.contains(head.get().relation().split(":")[0])) {
                return Optional.empty();
            }
            v = head.get().governor();
            if (tree.token(v).pos().startsWith("VB") && lexicons.states(tree.lemma(v))) {
                OptionalInt subject = tree.subjectOf(v, SUBJECT, SHARES_SUBJECT);
                return subject.isPresent() ? speakers.at(tree, subject.getAsInt()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The clause a stating verb reports: its clausal complement, or, when the verb hangs on the
     * clause it reports ("The talks were good, he said"), that clause without the verb's own words.
     */
    private Optional<TextSpan> clauseOf(Tree tree, int verb, TextSpan claimant) {
        List<Integer> clauses = tree.children(verb, CLAUSE);
        if (!clauses.isEmpty()) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int c : clauses) {
                int[] e = tree.clauseExtent(c);
                first = Math.min(first, e[0]);
                last = Math.max(last, e[1]);
            }
            last = beforeParticiple(tree, verb, first, last);
            return Optional.of(tree.span(withoutComplementizer(tree, first, last), last));
        }
        var head = tree.head(verb);
        if (head.isPresent() && INVERTED.contains(head.get().relation())) {
            int[] whole = tree.clauseExtent(head.get().governor());
            int[] own = tree.extent(verb);
            int claimantStart = tree.tokenAt(claimant.start());
            int end = claimantStart >= 0 && claimantStart < verb ? Math.min(own[0], claimantStart) : own[0];
            if (end > whole[0]) {
                return Optional.of(tree.span(whole[0], end - 1));
            }
            if (own[1] < whole[1]) {
                return Optional.of(tree.span(own[1] + 1, whole[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * The reported clause's last token, ending before a stating participle the parser hung inside
     * it: "said [the talks failed], adding that …" — what follows "adding" is a statement of its own.
     */
    private int beforeParticiple(Tree tree, int verb, int first, int last) {
        for (int t = first + 1; t <= last; t++) {
            if (t != verb && participle(tree, t) && tree.extent(t)[1] >= last && tree.extent(t)[0] > first) {
                return tree.extent(t)[0] - 1;
            }
        }
        return last;
    }

    /** The clause's first word, past a "that" or "whether" that only introduces it. */
    private static int withoutComplementizer(Tree tree, int first, int last) {
        boolean marker = Set.of("that", "whether").contains(tree.lemma(first)) && tree.relation(first).equals("mark");
        return marker && first < last ? first + 1 : first;
    }

    /**
     * What a describing or evaluative verb is said of: from the word after it to the end of its
     * object and "as" phrase, leaving out clauses that hang on it.
     */
    private Optional<TextSpan> objectOf(Tree tree, int verb) {
        int last = -1;
        for (var d : tree.sentence().childrenOf(verb)) {
            // "as pointless", "as a failure": what the thing is called, however the parser hangs it.
            boolean asPhrase = d.relation().equals("advcl")
                    && !tree.children(d.dependent(), Set.of("case", "mark")).stream()
                            .filter(m -> tree.lemma(m).equals("as")).toList().isEmpty();
            if ((asPhrase || !NOT_CONTENT.contains(d.relation())) && d.dependent() > verb) {
                last = Math.max(last, tree.extent(d.dependent())[1]);
            }
        }
        return last > verb ? Optional.of(tree.span(verb + 1, last)) : Optional.empty();
    }

    /** "the ministry's statement that …", "a statement by the ministry that …". */
    private Optional<Statement> noun(Tree tree, int noun) {
        Optional<Participant> owner = Optional.empty();
        for (int o : tree.children(noun, OWNER)) {
            owner = speakers.at(tree, o);
            if (owner.isPresent()) {
                break;
            }
        }
        List<Integer> clauses = tree.children(noun, Set.of("acl", "ccomp"));
        if (owner.isEmpty() || clauses.isEmpty()) {
            return Optional.empty();
        }
        int[] e = tree.clauseExtent(clauses.get(0));
        TextSpan content = tree.span(withoutComplementizer(tree, e[0], e[1]), e[1]);
        if (owner.get().mention().overlaps(content)) {
            return Optional.empty();
        }
        return Optional.of(new Statement(owner.get(), Claim.Kind.REPORTED, tree.token(noun).span(),
                OptionalInt.of(noun), content, tree.sentence().index(), true));
    }

    /** "according to X, …": X is the claimant, the clause X hangs on (without the phrase) the content. */
    private Optional<Statement> according(Tree tree, int according) {
        var source = tree.head(according);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int x = source.get().governor();
        Optional<Participant> claimant = speakers.at(tree, x);
        var clause = tree.head(x);
        if (claimant.isEmpty() || clause.isEmpty()) {
            return Optional.empty();
        }
        int[] whole = tree.extent(clause.get().governor());
        int[] phrase = tree.extent(x);
        phrase[0] = Math.min(phrase[0], according);
        TextSpan content;
        if (phrase[0] <= whole[0] && phrase[1] < whole[1]) {
            content = tree.span(phrase[1] + 1, whole[1]);
        } else if (phrase[1] >= whole[1] && phrase[0] > whole[0]) {
            content = tree.span(whole[0], phrase[0] - 1);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Statement(claimant.get(), Claim.Kind.ACCORDING_TO, tree.token(according).span(),
                OptionalInt.of(according), content, tree.sentence().index(), true));
    }
}
