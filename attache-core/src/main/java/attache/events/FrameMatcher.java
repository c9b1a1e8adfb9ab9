package attache.events;

import attache.model.CameoCode;
import attache.model.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Matches a predicate token against its lexicon frames and finds its participants along the
 * frame's paths. A source the clause leaves unsaid is taken from the clause it depends on ("agreed
 * to hold talks", "arrived to hold talks": the subject of "agreed", "arrived"), from the claimant
 * of a frame whose source is the one who says it, or from an event noun's co-event ("the summit
 * ended without any agreement": the summit's parties).
 */
final class FrameMatcher {

    private static final List<String> CONTROL = List.of("xcomp", "advcl", "conj", "acl", "acl:relcl", "ccomp");

    private final EventLexicons lexicons;
    private final Participants participants;
    private final NestedTargets nested = NestedTargets.bundled();
    /** "X said Y must …": a demand by the one who says it on the subject of the clause (CAMEO 100). */
    private final VerbFrame demand;

    FrameMatcher(EventLexicons lexicons, Participants participants) {
        this.lexicons = lexicons;
        this.participants = participants;
        CameoCode code = lexicons.cameo().byCode("100").orElseThrow();
        this.demand = new VerbFrame("*", List.of(), List.of(), List.of(new ArgumentPath(List.of(Arc.of("nsubj")))),
                code, code.plover(), code.ploverMode(), false, true, "cues.tsv:demand");
    }

    /** The first frame of the token's lemma whose constraints hold, with its participants. */
    Optional<FrameMatch> match(ParseWalker walker, int token, OptionalInt reporter,
                               Map<Integer, FrameMatch> coEvents) {
        String pos = walker.token(token).pos();
        if (reporter.isPresent() && pos.startsWith("VB") && demanded(walker, token)) {
            // "Russia said Sudan must return the helicopter": what must be done is demanded, not done.
            return Optional.of(participantsOf(walker, token, demand, reporter, coEvents));
        }
        for (PredicateFrame frame : frames(walker, token)) {
            if (satisfied(walker, token, frame)) {
                return Optional.of(participantsOf(walker, token, frame, reporter, coEvents));
            }
        }
        return Optional.empty();
    }

    /** Whether the token can code anything, so that the clause around it is read only when it can. */
    boolean mayCode(ParseWalker walker, int token) {
        return !frames(walker, token).isEmpty()
                || (walker.token(token).pos().startsWith("VB") && demanded(walker, token));
    }

    private List<? extends PredicateFrame> frames(ParseWalker walker, int token) {
        String pos = walker.token(token).pos();
        String lemma = walker.lemma(token);
        return pos.startsWith("VB") ? lexicons.predicates().forVerb(lemma)
                : pos.startsWith("NN") && !pos.startsWith("NNP") ? lexicons.predicates().forNoun(lemma) : List.of();
    }

    private boolean demanded(ParseWalker walker, int verb) {
        return demandModal(walker, verb) || readyUnderDemand(walker, verb).isPresent();
    }

    private boolean demandModal(ParseWalker walker, int predicate) {
        return walker.children(predicate, "aux").stream()
                .anyMatch(a -> lexicons.cues().is(EventCues.Kind.DEMAND, walker.token(a).text()));
    }

    /**
     * "Chile said Peru must be ready to withdraw", "… should be willing to talk": the modal sits on
     * the adjective, the act in its infinitive, and the one it is demanded of is the adjective's
     * subject.
     */
    private Optional<Integer> readyUnderDemand(ParseWalker walker, int verb) {
        return walker.head(verb).filter(d -> d.relation().equals("xcomp"))
                .map(d -> d.governor())
                .filter(head -> walker.token(head).pos().startsWith("JJ") && demandModal(walker, head));
    }

    private boolean satisfied(ParseWalker walker, int token, PredicateFrame frame) {
        return holds(walker, token, frame.constraints());
    }

    /** Whether the token meets every constraint (a frame's, or a specific code's in specifics.tsv). */
    static boolean holds(ParseWalker walker, int token, List<Constraint> constraints) {
        for (Constraint c : constraints) {
            boolean holds = walker.follow(token, c.path()).stream()
                    .flatMap(t -> meaningBearers(walker, t).stream())
                    .anyMatch(t -> c.accepts(walker.lemma(t)) || c.accepts(ParseWalker.singular(walker.lemma(t))));
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words that may carry the meaning a constraint asks of a noun: the noun itself, the nouns
     * compounded with it ("aid deliveries", "food supplies" are aid and food), and for a measure or
     * a part the thing measured ("25,000 tons of food", "part of an aid programme", "two of its
     * nationals").
     */
    private static List<Integer> meaningBearers(ParseWalker walker, int noun) {
        List<Integer> out = new ArrayList<>();
        out.add(noun);
        out.addAll(walker.children(noun, "compound"));
        String pos = walker.token(noun).pos();
        if (pos.startsWith("NN") || pos.equals("$") || pos.equals("CD")) {
            for (int of : walker.children(noun, "nmod")) {
                if (walker.hasCase(of, "of")) {
                    out.add(of);
                    out.addAll(walker.children(of, "compound"));
                }
            }
        }
        return out;
    }

    private FrameMatch participantsOf(ParseWalker walker, int token, PredicateFrame frame, OptionalInt reporter,
                                      Map<Integer, FrameMatch> coEvents) {
        List<Participant> sources = along(walker, token, frame.source());
        List<Participant> targets = along(walker, token, frame.target());
        if (targets.isEmpty() && frame == demand) {
            Optional<Integer> ready = readyUnderDemand(walker, token);
            if (ready.isPresent()) {
                targets = subjectOf(walker, ready.get());
            } else if (reporter.isPresent() && pronounSubject(walker, token)) {
                // "reminded Iraq that it must cooperate", "issued a reminder to Iraq that it must":
                // the pronoun the demand is made of is the one the saying is addressed to.
                targets = addressee(walker, reporter.getAsInt());
            }
        }
        boolean inherited = false;
        if (sources.isEmpty() && frame.source().isEmpty() && reporter.isPresent()) {
            sources = sayer(walker, reporter.getAsInt());
            inherited = true;
        }
        if (sources.isEmpty() && !frame.source().isEmpty() && reporter.isPresent() && pronounSubject(walker, token)) {
            // "Syria says it will not accept refugees": the pronoun subject of what is said is the sayer.
            sources = subjectOf(walker, reporter.getAsInt());
            inherited = !sources.isEmpty();
        }
        if (sources.isEmpty() && !frame.source().isEmpty()) {
            sources = controller(walker, token);
            inherited = !sources.isEmpty();
        }
        if (sources.isEmpty() && frame instanceof NounFrame) {
            sources = doerOf(walker, token);
            inherited = !sources.isEmpty();
        }
        if (sources.isEmpty() && frame instanceof NounFrame && frame.plover().filter(p -> p == attache.model.Plover.PROTEST).isPresent()) {
            sources = protestersOf(walker, token);
            inherited = !sources.isEmpty();
        }
        if (sources.isEmpty() && targets.isEmpty() && frame instanceof NounFrame && groundsOfAct(walker, token, frame)) {
            // "jailed 52 members on charges of treason", "was detained on suspicion of spying": the
            // charge an act is done on is alleged by whoever does it against whom it is done to.
            int act = walker.head(token).orElseThrow().governor();
            sources = along(walker, act, List.of(SUBJECT));
            targets = sources.isEmpty() ? List.of() : along(walker, act, List.of(OBJECT));
            inherited = !sources.isEmpty();
        }
        if (sources.isEmpty() && targets.isEmpty()) {
            Optional<FrameMatch> co = coEvent(walker, token, coEvents);
            if (co.isPresent()) {
                return new FrameMatch(token, frame, co.get().sources(), co.get().targets(), true,
                        OptionalInt.of(co.get().predicate()));
            }
        }
        if (targets.stream().noneMatch(FrameMatcher::placed) && !sources.isEmpty() && !frame.dyadic()
                && !pairsItsSources(frame, sources) && !frame.plover().equals(Optional.of(attache.model.Plover.CONSULT))) {
            // "demanded the withdrawal of Serbian forces", "agreed to provide aid for Poland": the
            // party the act bears on, named inside what it is about (nested-targets.tsv); also
            // when the frame's own target is a bare sector ("boycott official contact with the
            // United States"). Not for a consultation: "discussed Croatia's advance" is about
            // Croatia, not held with it.
            List<Participant> inside = nested.find(walker, token, sources, participants);
            if (!inside.isEmpty()) {
                targets = inside;
            }
        }
        return new FrameMatch(token, frame, sources, targets, inherited, OptionalInt.empty());
    }

    private static final ArgumentPath SUBJECT = new ArgumentPath(List.of(Arc.of("nsubj")));
    private static final ArgumentPath OBJECT = new ArgumentPath(List.of(Arc.of("obj")));
    /** The markers of the charge an act is done on: "on charges of", "on suspicion of", "under allegations of". */
    private static final java.util.Set<String> GROUNDS = java.util.Set.of("on", "under");

    /**
     * Whether an accusation noun is the charge a verb's act is done on ("arrested on charges of
     * treason"): an oblique of the verb marked "on" or "under". (Walking the verb's subject and
     * object maps a passive clause as for any frame.)
     */
    private static boolean groundsOfAct(ParseWalker walker, int noun, PredicateFrame frame) {
        if (frame.plover().filter(p -> p == attache.model.Plover.ACCUSE).isEmpty()) {
            return false;
        }
        return walker.head(noun)
                .filter(d -> d.relation().equals("obl") || d.relation().startsWith("obl:"))
                .filter(d -> walker.token(d.governor()).pos().startsWith("VB"))
                .isPresent()
                && GROUNDS.stream().anyMatch(m -> walker.hasCase(noun, m));
    }

    /** Whether a party has a country or an organisation, so that event data can count it. */
    private static boolean placed(Participant p) {
        return p.actor().country() != null || p.actor().organisation() != null;
    }

    /**
     * "Jordan and Britain agreed to hold exercises": conjoined parties that meet, agree or
     * cooperate do so with each other (the event coder pairs them), not with a party inside the
     * object.
     */
    private static boolean pairsItsSources(PredicateFrame frame, List<Participant> sources) {
        return sources.size() >= 2 && (frame.symmetric() || frame.plover().map(p -> p == attache.model.Plover.AGREE
                || p == attache.model.Plover.CONSULT || p == attache.model.Plover.COOPERATE).orElse(false));
    }

    private List<Participant> along(ParseWalker walker, int token, List<ArgumentPath> paths) {
        for (ArgumentPath path : paths) {
            List<Participant> found = new ArrayList<>();
            for (int t : walker.follow(token, path)) {
                found.addAll(participants.at(walker, t));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Participant> subjectOf(ParseWalker walker, int verb) {
        List<Participant> out = new ArrayList<>();
        for (int s : walker.children(verb, "nsubj")) {
            out.addAll(participants.at(walker, s));
        }
        return out;
    }

    /**
     * Who says what a reporting word reports: the subject of a reporting verb, or of the verb whose
     * object a report noun is ("issued a reminder that …", "made a statement that …").
     */
    private List<Participant> sayer(ParseWalker walker, int reporter) {
        List<Participant> out = subjectOf(walker, reporter);
        if (out.isEmpty() && walker.token(reporter).pos().startsWith("NN")) {
            var head = walker.head(reporter).filter(d -> d.relation().equals("obj"));
            if (head.isPresent()) {
                out = subjectOf(walker, head.get().governor());
            }
        }
        return out;
    }

    /** Whom a saying is addressed to: "told Iraq", "reminded Iraq", "issued a reminder to Iraq". */
    private List<Participant> addressee(ParseWalker walker, int reporter) {
        List<Integer> words = new ArrayList<>(List.of(reporter));
        walker.head(reporter).filter(d -> walker.token(reporter).pos().startsWith("NN") && d.relation().equals("obj"))
                .ifPresent(d -> words.add(d.governor()));
        List<Integer> candidates = new ArrayList<>();
        for (int w : words) {
            candidates.addAll(walker.children(w, "iobj"));
            candidates.addAll(walker.children(w, "obj").stream().filter(o -> o != reporter).toList());
            for (String rel : List.of("obl", "nmod", "obl:to", "nmod:to")) {
                for (int o : walker.children(w, rel)) {
                    if (rel.endsWith(":to") || walker.hasCase(o, "to")) {
                        candidates.add(o);
                    }
                }
            }
        }
        List<Participant> out = new ArrayList<>();
        for (int c : candidates) {
            out.addAll(participants.at(walker, c));
        }
        return out;
    }

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("it", "they", "he", "she", "we", "its", "their");

    private static boolean pronounSubject(ParseWalker walker, int verb) {
        return walker.children(verb, "nsubj").stream().anyMatch(s -> walker.token(s).pos().startsWith("PRP")
                && PERSONAL.contains(walker.token(s).text().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The one who does what an event noun names when a verb carries it: the subject of the carrier
     * verb (cues.tsv) whose object the noun is ("organized a general strike", "completed their
     * withdrawal", "launched war games"), or of the clause that verb hangs from.
     */
    private List<Participant> doerOf(ParseWalker walker, int noun) {
        var head = walker.head(noun);
        if (head.isEmpty() || !head.get().relation().equals("obj")
                || !lexicons.cues().is(EventCues.Kind.CARRIER, walker.lemma(head.get().governor()))) {
            return List.of();
        }
        int verb = head.get().governor();
        List<Participant> subject = subjectOf(walker, verb);
        return subject.isEmpty() ? controller(walker, verb) : subject;
    }

    /** Where an act is told to happen within a protest: "during", "in" or "at" the demonstration. */
    private static final java.util.Set<String> WITHIN = java.util.Set.of("during", "in", "at");
    /** The state's own arms, which act on a protest rather than in it. */
    private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /**
     * Who takes part in a protest the text names only as the setting of their act: "youths threw
     * stones during demonstrations against the army", "students clashed with police at a rally":
     * the subject of that act, unless it is the state or its forces ("police fired tear gas during
     * the protests" do not protest).
     */
    private List<Participant> protestersOf(ParseWalker walker, int noun) {
        var head = walker.head(noun);
        if (head.isEmpty() || !head.get().relation().startsWith("obl")
                || !walker.token(head.get().governor()).pos().startsWith("VB")
                || WITHIN.stream().noneMatch(m -> walker.hasCase(noun, m))) {
            return List.of();
        }
        List<Participant> subject = subjectOf(walker, head.get().governor());
        return subject.stream().anyMatch(p -> STATE_SECTORS.contains(String.valueOf(p.throughGovernment().actor().agent())))
                ? List.of() : subject;
    }

    /**
     * The subject of the nearest enclosing clause that has one. A clause with a subject of its own
     * is controlled by nobody: in "the North claimed the talks broke down" the North does not break
     * down, even though no actor stands at "the talks".
     */
    private List<Participant> controller(ParseWalker walker, int token) {
        if (!walker.children(token, "nsubj").isEmpty() || !walker.children(token, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        int child = token;
        for (int depth = 0; depth < 4; depth++) {
            var head = walker.head(child);
            if (head.isEmpty() || !(CONTROL.contains(head.get().relation())
                    || (TellingReader.RULED_OUT_ARGUMENTS.contains(head.get().relation())
                    && lexicons.cues().rulesOut(walker, head.get().governor())))) {
                // "lifting the sanctions is out of the question", said by X: X rules it out.
                return List.of();
            }
            int governor = head.get().governor();
            if (head.get().relation().startsWith("acl")) {
                // "the statement that it had accepted …": past the noun to the verb that governs it.
                governor = walker.head(governor).map(d -> d.governor()).orElse(governor);
            }
            List<Participant> subject = subjectOf(walker, governor);
            if (subject.isEmpty()) {
                // "was indicted … and will resign": conjoined verbs share the subject, passive or not;
                // "is committed to withdrawing", "was asked to withdraw": a passive's subject controls.
                for (int s : walker.children(governor, "nsubj:pass")) {
                    subject.addAll(participants.at(walker, s));
                }
            }
            if (!subject.isEmpty()) {
                return subject;
            }
            child = governor;
        }
        return List.of();
    }

    /**
     * The parties of the event noun that is the subject of the verb this noun hangs from ("the
     * talks ended without agreement"), or that the verb describes ("the summit that ended without
     * any agreement", a reduced relative).
     */
    private Optional<FrameMatch> coEvent(ParseWalker walker, int noun, Map<Integer, FrameMatch> coEvents) {
        var head = walker.head(noun);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        int verb = head.get().governor();
        List<Integer> candidates = new ArrayList<>(walker.children(verb, "nsubj"));
        walker.head(verb).filter(d -> d.relation().startsWith("acl")).ifPresent(d -> candidates.add(d.governor()));
        return candidates.stream().map(coEvents::get).filter(m -> m != null && !m.sources().isEmpty()).findFirst();
    }
}
