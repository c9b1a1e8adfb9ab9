package attache.events;

import attache.events.EventCues.Kind;
import attache.model.Dependency;
import attache.model.Modality;

import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads negation and modality from the clause around an event's predicate, climbing from the
 * predicate towards the root of the sentence: its own negation and auxiliaries first, then the
 * verbs and nouns it depends on ("refused to meet", "plans to visit", "the possibility of
 * continuing", "claimed the talks broke down"). Hypothetical outranks planned, which outranks
 * reported: "he said he may visit" is a possibility, whoever says it.
 */
final class TellingReader {

    /** Relations through which a governing word's meaning reaches the event below it. */
    private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "csubj",
            "parataxis", "nmod", "obl", "obj", "nsubj", "nsubj:pass", "conj", "dep");
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    /** How an act hangs from what rules it out: "ruled out lifting", "lifting … is out of the question". */
    static final Set<String> RULED_OUT_ARGUMENTS = Set.of("xcomp", "obj", "nsubj", "csubj", "ccomp", "dep");
    /** Relations to a governing word that make the event a thing talked about, not a clause of its own. */
    private static final Set<String> NOMINAL = Set.of("nmod", "obl", "obj", "nsubj", "nsubj:pass");

    private final EventCues cues;

    TellingReader(EventCues cues) {
        this.cues = cues;
    }

    Telling read(ParseWalker walker, int predicate) {
        boolean negated = negatedHere(walker, predicate);
        Modality modality = modalityHere(walker, predicate);
        if (modality == Modality.HYPOTHETICAL && reportedFuture(walker, predicate)) {
            modality = Modality.PLANNED;
        }
        java.util.Optional<String> condition = condition(walker, predicate);
        OptionalInt reporter = OptionalInt.empty();
        OptionalInt intent = modality == Modality.PLANNED ? OptionalInt.of(predicate) : OptionalInt.empty();
        int child = predicate;
        boolean nominal = false;
        boolean failed = false;
        for (int depth = 0; depth < 8; depth++) {
            var head = walker.head(child);
            if (head.isEmpty() || !EMBEDDING.contains(head.get().relation())) {
                break;
            }
            int governor = head.get().governor();
            String relation = head.get().relation();
            String lemma = walker.lemma(governor);
            if (relation.equals("xcomp") && cues.is(Kind.NEGATIVE, lemma)) {
                negated = true;
            }
            if (relation.equals("xcomp") && cues.is(Kind.FAILURE, lemma)) {
                failed = true;
            }
            if (!nominal && RULED_OUT_ARGUMENTS.contains(relation) && cues.rulesOut(walker, governor)) {
                negated = true;
                failed = true;
            }
            if (relation.equals("xcomp") && negatedHere(walker, governor)) {
                negated = true;
            }
            // A clause's tense and modals reach the clauses below it, but not a noun it talks about:
            // "will seek … following the breakdown of talks" does not make the breakdown future.
            if (!nominal) {
                Modality above = governing(walker, governor, relation, lemma);
                if (above == Modality.PLANNED && intent.isEmpty()) {
                    intent = OptionalInt.of(governor);
                }
                modality = stronger(modality, above);
                if (condition.isEmpty()) {
                    condition = condition(walker, governor);
                }
            }
            // ... except the noun a carrier verb carries: "promised to continue military aid" plans the
            // aid, as "will launch an offensive" plans the offensive (cues.tsv: carrier).
            nominal |= NOMINAL.contains(relation) && !walker.token(governor).pos().startsWith("NN")
                    && !(relation.equals("obj") && cues.is(Kind.CARRIER, lemma));
            // A clause that describes a noun ("weapons seized last year", "the man who attacked")
            // takes the noun's own cue ("an invitation to return") but not the tense of the clause
            // the noun stands in: "will return weapons seized last year" did not plan the seizure.
            nominal |= relation.startsWith("acl");
            if (reporter.isEmpty() && (isReport(relation, lemma) || reportsThroughObject(walker, governor, relation))) {
                reporter = OptionalInt.of(governor);
            }
            child = governor;
        }
        if (modality == Modality.ASSERTED && reporter.isPresent()) {
            modality = Modality.REPORTED;
        }
        return new Telling(negated, modality, reporter, intent, condition, failed);
    }

    /** Prepositions that date an act by an earlier one ("following" is lemmatised "follow"). */
    private static final Set<String> EARLIER = Set.of("after", "following", "follow", "since");
    /** Nouns that make "in the … of" a prior-time phrase: "in the wake of the bombing". */
    private static final Set<String> AFTERMATH = Set.of("wake", "aftermath");
    /** Relations that stay inside a noun phrase, through which a prior-time phrase reaches down. */
    private static final Set<String> INSIDE_PHRASE = Set.of("nmod", "acl", "acl:relcl", "compound", "amod", "conj",
            "appos", "nmod:poss");

    /**
     * Whether the act is told only to date or to identify something else: an event noun in a phrase
     * or a clause that dates the sentence by an earlier act ("surrendered following an army offensive",
     * "since the invasion", "in the wake of the bombing", "after a march calling for …", "after
     * their vehicles were hit"), or a passive
     * participle or a relative clause on a noun ("a helicopter that was captured", "property seized
     * by the army", "the group that kidnapped the engineers"). The caller codes such an act only
     * when its own words date it ("since February's summit", "captured by the army last week"): it
     * is then a real event of its own date, told in passing. An active participle ("demonstrators
     * protesting the results", "a resolution censuring Panama") tells what the noun is doing at the
     * sentence's time, and so does "during" or "amid" an act: those stay the sentence's events.
     */
    boolean background(ParseWalker walker, int predicate) {
        var own = walker.head(predicate);
        if (own.isPresent() && own.get().relation().equals("advcl") && walker.token(predicate).pos().startsWith("VB")
                && walker.children(predicate, "mark").stream().anyMatch(m -> EARLIER.contains(walker.lemma(m)))) {
            // the same for a clause: "suspended flights one day after a jet shot down a helicopter",
            // "withdrew after their vehicles were hit": the earlier act dates the sentence's own
            return true;
        }
        boolean describes = own.isPresent() && noun(walker, own.get().governor())
                && (own.get().relation().equals("acl:relcl")
                || (own.get().relation().equals("acl") && walker.token(predicate).pos().equals("VBN")));
        int t = predicate;
        for (int depth = 0; depth < 8; depth++) {
            var head = walker.head(t);
            if (head.isEmpty()) {
                break;
            }
            String relation = head.get().relation();
            int governor = head.get().governor();
            if (noun(walker, t) && (relation.startsWith("obl") || relation.startsWith("nmod"))) {
                final int phrase = t;
                if (EARLIER.stream().anyMatch(m -> walker.hasCase(phrase, m))
                        || (walker.hasCase(phrase, "of") && AFTERMATH.contains(walker.lemma(governor)))) {
                    return true;
                }
            }
            if (!INSIDE_PHRASE.contains(relation) && !relation.startsWith("nmod")) {
                break;
            }
            t = governor;
        }
        return describes;
    }

    private static boolean noun(ParseWalker walker, int token) {
        String pos = walker.token(token).pos();
        return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD");
    }

    /** Subordinators that set a condition on the clause they attach to. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /** "… unless Baghdad accepted", "… if cooperation founders": the condition set on a clause, if any. */
    private static java.util.Optional<String> condition(ParseWalker walker, int clause) {
        for (int adverbial : walker.children(clause, "advcl")) {
            for (int mark : walker.children(adverbial, "mark")) {
                String lemma = walker.lemma(mark);
                if (CONDITIONS.contains(lemma)) {
                    return java.util.Optional.of(lemma);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "They said they would boycott": "would" in what someone said is the future of the time of
     * saying, not a mere possibility, also on a condition ("would … if", an offer or a threat).
     */
    private boolean reportedFuture(ParseWalker walker, int predicate) {
        boolean would = false;
        for (Dependency d : walker.sentence().childrenOf(predicate)) {
            String text = walker.token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
            if (d.relation().equals("aux") && (cues.is(Kind.HYPOTHETICAL, text) || cues.is(Kind.HYPOTHETICAL, walker.lemma(d.dependent())))) {
                if (!text.equals("would")) {
                    return false;
                }
                would = true;
            }
            if (d.relation().equals("mark") && cues.is(Kind.HYPOTHETICAL, walker.lemma(d.dependent()))) {
                return false;
            }
        }
        var head = walker.head(predicate);
        // "said they would meet him if he gave them a veto" is an offer on a condition, an intention
        // stated (CAMEO 03: offer); "unless" makes it an ultimatum, read by the coder from the
        // condition. Other hypothetical markers ("could", "might") stay possibilities.
        return would && head.isPresent()
                && isReport(head.get().relation(), walker.lemma(head.get().governor()));
    }

    /**
     * "issued a reminder to Iraq that it must cooperate", "made a statement that …": the clause hangs
     * on the verb, but what reports it is the verb's object, a report noun (cues.tsv), so the verb
     * reports it, its subject the one who says it.
     */
    private boolean reportsThroughObject(ParseWalker walker, int governor, String relation) {
        return relation.equals("ccomp") && walker.children(governor, "obj").stream()
                .anyMatch(o -> walker.token(o).pos().startsWith("NN") && cues.is(Kind.REPORT, walker.lemma(o)));
    }

    private boolean isReport(String relation, String lemma) {
        return cues.is(Kind.REPORT, lemma) && (relation.equals("ccomp") || relation.equals("parataxis")
                || relation.equals("dep") || relation.equals("acl"));
    }

    private Modality governing(ParseWalker walker, int governor, String relation, String lemma) {
        if (cues.is(Kind.HYPOTHETICAL, lemma)) {
            return Modality.HYPOTHETICAL;
        }
        if (cues.is(Kind.INTENT, lemma) && !relation.equals("nsubj") && !relation.equals("conj")) {
            return Modality.PLANNED;
        }
        if (walker.isPassive(governor) && cues.is(Kind.INTENT, walker.token(governor).text())
                && !relation.equals("nsubj") && !relation.equals("conj")) {
            // "Vietnam is committed to opening up …": the participle, parsed as a passive, is the
            // adjective cues.tsv lists ("committed"), not the verb that commits acts.
            return Modality.PLANNED;
        }
        if (relation.equals("xcomp") && walker.children(governor, "obj").stream()
                .anyMatch(o -> cues.is(Kind.INTENT, walker.lemma(o)))) {
            // "signed an agreement to increase trade", "reached a consensus to exchange information":
            // the parser hangs the infinitive on the verb, but it says what the agreement plans.
            return Modality.PLANNED;
        }
        return relation.equals("conj") ? Modality.ASSERTED : modalityHere(walker, governor);
    }

    /** The predicate's own markers: "will meet", "may attack", "if they meet". */
    private Modality modalityHere(ParseWalker walker, int token) {
        Modality out = Modality.ASSERTED;
        for (Dependency d : walker.sentence().childrenOf(token)) {
            String lemma = walker.lemma(d.dependent());
            String text = walker.token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
            if (d.relation().equals("aux") && (cues.is(Kind.HYPOTHETICAL, text) || cues.is(Kind.HYPOTHETICAL, lemma))) {
                out = stronger(out, Modality.HYPOTHETICAL);
            } else if (d.relation().equals("aux") && (cues.is(Kind.FUTURE, text) || cues.is(Kind.FUTURE, lemma))) {
                out = stronger(out, Modality.PLANNED);
            } else if (d.relation().equals("mark") && cues.is(Kind.HYPOTHETICAL, lemma)) {
                out = stronger(out, Modality.HYPOTHETICAL);
            }
        }
        return out;
    }

    /** "did not meet", "no agreement", "without any agreement". */
    private boolean negatedHere(ParseWalker walker, int token) {
        for (Dependency d : walker.sentence().childrenOf(token)) {
            String lemma = walker.lemma(d.dependent());
            boolean negator = (d.relation().equals("neg") || d.relation().equals("advmod") || d.relation().equals("det"))
                    && NEGATORS.contains(lemma);
            if (negator || (d.relation().equals("case") && cues.is(Kind.WITHOUT, lemma))) {
                return true;
            }
        }
        return false;
    }

    private static Modality stronger(Modality a, Modality b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case REPORTED -> 1;
            case PLANNED -> 2;
            case HYPOTHETICAL -> 3;
        };
    }
}
