package attache.events;

import attache.lexicon.WordLists;
import attache.model.Actor;
import attache.model.Event;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Plover;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The doer of violence the text does not name: "three civilians were killed in a car bombing", "a
 * bomb went off in the market", "unidentified gunmen shot a judge". Event data users (ACLED, CASE,
 * GDELT) record such events with an unidentified actor, so an ASSAULT act that happened, whose frame
 * found no source, is given an unknown party as its source when the text shows that someone used
 * violence: a subject or by-phrase naming an unidentified party ("gunmen", "masked men") or a violent
 * means ("a bomb", "an explosion"); a passive of a verb violent by itself ("was kidnapped"); or, for
 * verbs that also tell accidents ("were killed"), a cause beside it ("in a suicide bombing"). An
 * event noun acting as a subject ("a car bombing killed", "an explosion rocked the market") is such
 * an act too. Data in {@code lexicons/events/agentless.tsv}.
 *
 * <p>The unknown party is an {@link Actor} with no country of its own, sector UAF (ACLED's
 * "Unidentified Armed Group", Phoenix's sector for gunmen and assailants) and a {@code source}
 * starting with {@value #MARK}; the event coder then places it in the country of the event's place
 * like any party named by its sector, as ACLED names it "Unidentified Armed Group (Iraq)". Nothing
 * else is coded this way: a plan or threat to attack, a denial, a coercive act ("was arrested") keep
 * needing a doer the text names.
 */
final class UnknownSources {

    /** How an unidentified party's {@link Actor#source()} starts. */
    static final String MARK = "unknown:";
    private static final String ARMED = "UAF";
    private static final Set<String> CAUSE_MARKERS = Set.of("in", "during", "from", "by", "with", "after");

    private final Map<String, String> parties;
    private final Set<String> unnamed;
    private final Set<String> causes;
    private final Set<String> accidents;
    private final Set<String> needsCause;
    private final Map<String, String> authorities;

    private UnknownSources(Map<String, String> parties, Set<String> unnamed, Set<String> causes,
                           Set<String> accidents, Set<String> needsCause, Map<String, String> authorities) {
        this.parties = Map.copyOf(parties);
        this.unnamed = Set.copyOf(unnamed);
        this.causes = Set.copyOf(causes);
        this.accidents = Set.copyOf(accidents);
        this.needsCause = Set.copyOf(needsCause);
        this.authorities = Map.copyOf(authorities);
    }

    static UnknownSources bundled() {
        Map<String, String> parties = new HashMap<>();
        Set<String> unnamed = new HashSet<>();
        Set<String> causes = new HashSet<>();
        Set<String> accidents = new HashSet<>();
        Set<String> needsCause = new HashSet<>();
        Map<String, String> authorities = new HashMap<>();
        for (String line : WordLists.read("/lexicons/events/agentless.tsv")) {
            String[] cols = line.split("\t");
            String kind = cols[0].strip();
            int want = kind.equals("party") || kind.equals("authority") ? 3 : 2;
            if (cols.length != want) {
                throw new IllegalStateException("agentless.tsv: expected " + want + " columns, not '" + line + "'");
            }
            List<String> lemmas = List.of(cols[1].strip().split("\\|"));
            switch (kind) {
                case "party" -> lemmas.forEach(l -> parties.put(l, cols[2].strip()));
                case "unnamed" -> unnamed.addAll(lemmas);
                case "cause" -> causes.addAll(lemmas);
                case "accident" -> accidents.addAll(lemmas);
                case "needs-cause" -> needsCause.addAll(lemmas);
                case "authority" -> authorities.put(cols[1].strip(), cols[2].strip());
                default -> throw new IllegalStateException("agentless.tsv: unknown row kind '" + kind + "'");
            }
        }
        return new UnknownSources(parties, unnamed, causes, accidents, needsCause, authorities);
    }

    /**
     * The unknown party placed where it acted, as ACLED names an "Unidentified Armed Group (Iraq)":
     * the country of the event's place, and no other (the sentence's one country may well be the
     * victims': "three US servicemen were killed by a roadside bomb" is no American attack).
     */
    static Participant placed(Participant p, Optional<attache.model.Place> place) {
        return isUnknown(p.actor()) ? ContextCountry.byPlace(p, place) : p;
    }

    /** Whether an actor is an unidentified party this class made. */
    static boolean isUnknown(Actor a) {
        return a.source().startsWith(MARK);
    }

    /**
     * The unknown party that did the matched act, when the act is violence that happened and the
     * text shows someone did it without naming who.
     */
    Optional<Participant> of(ParseWalker walker, FrameMatch match, Optional<Plover> type, Telling told,
                             Participants participants) {
        if (!match.sources().isEmpty() || told.negated()
                || !(told.modality() == Modality.ASSERTED || told.modality() == Modality.REPORTED)) {
            return Optional.empty();
        }
        int predicate = match.predicate();
        Optional<String> authority = authorityFor(match.frame().cameo().code());
        if (authority.isPresent()) {
            // "two rifles and ammunition were seized", "a bomb was defused": only the authorities do it
            return walker.token(predicate).pos().startsWith("VB") && walker.isPassive(predicate)
                    && byPhrase(walker, predicate).isEmpty()
                    ? Optional.of(new Participant(new Actor("security forces", null, null, authority.get(), null,
                            MARK + "authorities"), walker.token(predicate).span()))
                    : Optional.empty();
        }
        if (type.filter(t -> t == Plover.ASSAULT).isEmpty()) {
            return Optional.empty();
        }
        if (!walker.token(predicate).pos().startsWith("VB")) {
            return actingNoun(walker, predicate) ? Optional.of(unknown(walker, predicate, ARMED, "means"))
                    : Optional.empty();
        }
        Optional<Integer> doer = namedDoer(walker, predicate);
        if (doer.isPresent()) {
            // "unidentified gunmen opened fire", "killed by an improvised explosive device", "a bomb
            // exploded …, killing three": the words that stand where the doer would.
            int d = doer.get();
            String head = walker.lemma(d);
            if (parties.containsKey(head) || parties.containsKey(ParseWalker.singular(head))) {
                return Optional.of(unknown(walker, d, parties.getOrDefault(head, parties.get(ParseWalker.singular(head))), "party"));
            }
            if (unnamedPerson(walker, d)) {
                return Optional.of(unknown(walker, d, ARMED, "party"));
            }
            if (isCause(walker, d)) {
                return Optional.of(unknown(walker, d, ARMED, "means"));
            }
            // a doer the text names that is neither ("killed by a falling tree"): nothing to count
            return Optional.empty();
        }
        if (!walker.isPassive(predicate)) {
            return Optional.empty();
        }
        if (!needsCause.contains(walker.lemma(predicate))) {
            // "a judge was kidnapped", "two reporters were shot": violent whoever did it
            return Optional.of(unknown(walker, predicate, ARMED, "passive"));
        }
        // "were killed in a suicide bombing", "wounded during shelling"; "killed in an Israeli air
        // strike" names who struck, and the one who struck killed.
        for (var d : walker.sentence().childrenOf(predicate)) {
            if (d.relation().startsWith("obl") && CAUSE_MARKERS.stream().anyMatch(m -> walker.hasCase(d.dependent(), m)
                    || d.relation().equals("obl:" + m)) && isCause(walker, d.dependent())) {
                Optional<Participant> striker = doerOfMeans(walker, d.dependent(), participants);
                return Optional.of(striker.orElseGet(() -> unknown(walker, d.dependent(), ARMED, "means")));
            }
        }
        // "were killed when a roadside bomb exploded", "… after a mortar hit their house": the cause
        // told as the subject of the clause that times the act
        for (int clause : walker.children(predicate, "advcl")) {
            for (int subject : walker.children(clause, "nsubj")) {
                if (isCause(walker, subject)) {
                    Optional<Participant> striker = doerOfMeans(walker, subject, participants);
                    return Optional.of(striker.orElseGet(() -> unknown(walker, subject, ARMED, "means")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who used a means, as its own words say: its possessor, a country or party modifying it, or its
     * by-phrase ("an Indian artillery strike", "the army's shelling", "a strike by NATO aircraft"),
     * not a place it happened in ("a bombing in Kabul").
     */
    private static Optional<Participant> doerOfMeans(ParseWalker walker, int means, Participants participants) {
        for (var d : walker.sentence().childrenOf(means)) {
            String rel = d.relation();
            boolean names = rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")
                    || rel.equals("nmod:agent") || (rel.startsWith("nmod") && walker.hasCase(d.dependent(), "by"));
            if (names) {
                List<Participant> found = participants.at(walker, d.dependent());
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> authorityFor(String code) {
        for (int length = code.length(); length >= 2; length--) {
            String agent = authorities.get(code.substring(0, length));
            if (agent != null) {
                return Optional.of(agent);
            }
        }
        return Optional.empty();
    }

    /**
     * The word standing where the doer would: the subject (the by-phrase of a passive), else, for a
     * clause with no subject of its own ("…, killing three"), the subject of the clause it hangs from.
     */
    private static Optional<Integer> namedDoer(ParseWalker walker, int verb) {
        boolean passive = walker.isPassive(verb);
        List<Integer> own = passive ? byPhrase(walker, verb) : walker.children(verb, "nsubj");
        if (!own.isEmpty()) {
            return Optional.of(own.get(0));
        }
        if (passive) {
            return Optional.empty();
        }
        int child = verb;
        for (int depth = 0; depth < 3; depth++) {
            var head = walker.head(child);
            if (head.isEmpty() || !List.of("advcl", "xcomp", "conj").contains(head.get().relation())) {
                return Optional.empty();
            }
            int governor = head.get().governor();
            if (walker.isPassive(governor)) {
                List<Integer> by = byPhrase(walker, governor);
                return by.isEmpty() ? Optional.empty() : Optional.of(by.get(0));
            }
            List<Integer> subject = walker.children(governor, "nsubj");
            if (!subject.isEmpty()) {
                return Optional.of(subject.get(0));
            }
            child = governor;
        }
        return Optional.empty();
    }

    private static List<Integer> byPhrase(ParseWalker walker, int verb) {
        List<Integer> out = new ArrayList<>();
        for (var d : walker.sentence().childrenOf(verb)) {
            if (d.relation().equals("obl:agent") || (d.relation().startsWith("obl") && walker.hasCase(d.dependent(), "by"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * An event noun acting in its clause ("a car bombing killed", "an explosion ripped through the
     * market"), not one only talked about ("condemned the bombing") or dating something else.
     */
    private boolean actingNoun(ParseWalker walker, int noun) {
        var head = walker.head(noun);
        return head.isPresent() && head.get().relation().equals("nsubj") && isCause(walker, noun);
    }

    /** A violent means or act, not an accident ("a gas explosion"). */
    private boolean isCause(ParseWalker walker, int noun) {
        String lemma = walker.lemma(noun);
        if (!causes.contains(lemma) && !causes.contains(ParseWalker.singular(lemma))) {
            return false;
        }
        for (var d : walker.sentence().childrenOf(noun)) {
            String rel = d.relation();
            if ((rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod"))
                    && accidents.contains(walker.lemma(d.dependent()))) {
                return false;
            }
        }
        return true;
    }

    /** "Unidentified men", "masked youths": a person noun made anonymous by its modifier. */
    private boolean unnamedPerson(ParseWalker walker, int noun) {
        return walker.token(noun).pos().startsWith("NN") && !walker.token(noun).pos().startsWith("NNP")
                && walker.sentence().childrenOf(noun).stream().anyMatch(d -> d.relation().equals("amod")
                && unnamed.contains(walker.lemma(d.dependent())));
    }

    /** The unknown party, its mention the phrase that stands for it (the noun and its modifiers). */
    private static Participant unknown(ParseWalker walker, int head, String agent, String how) {
        int start = walker.token(head).span().start();
        for (var d : walker.sentence().childrenOf(head)) {
            String rel = d.relation();
            if ((rel.equals("amod") || rel.equals("compound")) && d.dependent() < head) {
                start = Math.min(start, walker.token(d.dependent()).span().start());
            }
        }
        TextSpan mention = new TextSpan(start, walker.token(head).span().end());
        return new Participant(new Actor("unidentified armed group", null, null, agent, null, MARK + how), mention);
    }

    /**
     * One violent act told with no doer is one event: "a car bomb exploded in the market, killing
     * three" codes the explosion and the killing, both by the unknown party; of a sentence's
     * unknown-source events of one type, the one with the most specific code is kept, with the
     * victims the text names and the place any of them has.
     */
    static List<Event> oneActEach(List<Event> sentence) {
        List<Event> unknown = sentence.stream().filter(e -> isUnknown(e.source().actor())).toList();
        if (unknown.size() < 2) {
            return sentence;
        }
        List<Event> out = new ArrayList<>();
        Set<Plover> done = new HashSet<>();
        for (Event e : sentence) {
            if (!isUnknown(e.source().actor())) {
                out.add(e);
                continue;
            }
            if (!done.add(e.type())) {
                continue;
            }
            List<Event> same = unknown.stream().filter(o -> o.type() == e.type() && o.negated() == e.negated()).toList();
            Event best = same.get(0);
            for (Event o : same) {
                if (specificity(o.cameo().code()) > specificity(best.cameo().code())) {
                    best = o;
                }
            }
            Optional<Participant> victims = best.target().isPresent() ? best.target()
                    : same.stream().map(Event::target).flatMap(Optional::stream).findFirst();
            // the party placed by any of the tellings ("were killed in Kabul when a bomb exploded")
            Participant doer = best.source().actor().country() != null ? best.source()
                    : same.stream().map(Event::source).filter(p -> p.actor().country() != null).findFirst()
                    .orElse(best.source());
            out.add(new Event(doer, victims, best.type(), best.mode(), best.cameo(), best.date(),
                    best.location().or(() -> same.stream().map(Event::location).flatMap(Optional::stream).findFirst()),
                    best.negated(), best.modality(), best.claimant(), best.sentence(), best.trigger(), best.evidence(),
                    best.pattern(), best.confidence()));
        }
        return out;
    }

    /** A code's place in its root: the unspecified x0 codes say least, four digits most. */
    private static int specificity(String code) {
        if (code.length() == 4) {
            return 3;
        }
        return code.endsWith("0") ? 1 : 2;
    }
}
