package attache.events;

import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Layer;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.Token;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Codes political events sentence by sentence: each verb or event noun with a lexicon frame whose
 * constraints hold becomes an event between the actors on its argument paths, with how the text
 * tells it (negated, reported, planned, hypothetical), its date (its own clause's, else the story's
 * running date, else the publication date, each recorded as such) and its place. An intention to
 * meet, cooperate or give is coded as CAMEO codes it, as an expressed intent (03x), and an
 * announced hostile act as a threat (13x). Finally the same event told twice is merged.
 */
public final class EventCoder implements Stage {

    private final EventLexicons lexicons;
    private final TellingReader telling;
    private final Intents intents;
    private final AddressedTargets addressed = AddressedTargets.bundled();
    private final SpecificCodes specifics;
    private final UnknownSources unknown = UnknownSources.bundled();

    public EventCoder(EventLexicons lexicons) {
        this.lexicons = lexicons;
        this.specifics = new SpecificCodes(lexicons.specifics());
        this.telling = new TellingReader(lexicons.cues());
        this.intents = Intents.bundled(lexicons.cameo());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.TIMES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        Participants participants = new Participants(in);
        ContextCountry context = new ContextCountry(in);
        FrameMatcher matcher = new FrameMatcher(lexicons, participants);
        EventDater dater = new EventDater(in);
        EventPlacer placer = new EventPlacer(in);
        EventDate published = new EventDate(in.article().published().toString(), null, null, EventDate.Source.PUBLICATION);
        Optional<EventDate> story = Optional.empty();
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : in.sentences()) {
            ParseWalker walker = new ParseWalker(sentence);
            Map<Integer, FrameMatch> coded = new HashMap<>();
            List<Event> inSentence = new ArrayList<>();
            Optional<EventDate> running = story;
            for (Token token : sentence.tokens()) {
                if (!matcher.mayCode(walker, token.index()) || topicOfCodedEvent(walker, token, coded)
                        || aimOfCodedEvent(walker, token, coded)
                        || modifier(walker, token) || background(walker, token.index(), dater)) {
                    continue;
                }
                Telling told = telling.read(walker, token.index());
                Optional<FrameMatch> match = matcher.match(walker, token.index(), told.reporter(), coded);
                if (match.isEmpty()) {
                    continue;
                }
                Optional<FrameMatch> accusation = accusation(walker, token.index(), coded);
                FrameMatch found = accusation.map(a -> accused(match.get(), a)).orElse(match.get());
                coded.put(token.index(), found);
                int dated = found.coEvent().orElse(token.index());
                EventDate date = date(dater, walker, dated, told, running, published);
                Optional<Participant> claimant = accusation.filter(a -> !a.sources().isEmpty())
                        .map(a -> state(a.sources().get(0)))
                        .or(() -> claimant(in, walker, told, token, participants));
                Circumstances around = new Circumstances(told, date, placer.place(walker, token.index()), claimant);
                inSentence.addAll(events(in, walker, found, around, context, participants));
            }
            UnknownSources.oneActEach(OneSidedEvents.withoutSubsumed(inSentence)).stream().map(this::addressed)
                    .forEach(events::add);
            Optional<EventDate> main = dater.ofMainClause(walker);
            if (main.isPresent()) {
                story = Optional.of(new EventDate(main.get().value(), main.get().text(), main.get().span(),
                        EventDate.Source.CONTEXT));
            }
        }
        return in.withEvents(EventMerger.merge(events));
    }

    /**
     * "Students throughout Indonesia demonstrated": a protest or a curfew the text gives no target
     * has its addressee by its nature, the state where it happens (addressed.tsv).
     */
    private Event addressed(Event e) {
        if (e.target().isPresent()) {
            return e;
        }
        return addressed.of(e.cameo(), e.source(), e.location())
                .map(to -> new Event(e.source(), Optional.of(to), e.type(), e.mode(), e.cameo(), e.date(), e.location(),
                        e.negated(), e.modality(), e.claimant(), e.sentence(), e.trigger(), e.evidence(), e.pattern(),
                        e.confidence()))
                .orElse(e);
    }

    /**
     * An event noun that is the object of a coded predicate is what that event is about, not an
     * event of its own: "rejected the request", "lifted the ban", "resumed negotiations", "demanded
     * the release" are one event each, the verb's. A noun in an adjunct is its own event: "broke
     * down due to the failure of the U.S." blames the U.S. A bare statement (CAMEO 010, no PLOVER
     * type) is no event to be about: what "reiterated its demand", "announced a suspension of
     * flights" or "declared a state of siege" state is the event.
     */
    private static boolean topicOfCodedEvent(ParseWalker walker, Token token, Map<Integer, FrameMatch> coded) {
        if (!token.pos().startsWith("NN")) {
            return false;
        }
        var head = walker.head(token.index());
        if (head.isEmpty()) {
            return false;
        }
        int governor = head.get().governor();
        if (head.get().relation().equals("nsubj") && infinitiveComplement(walker, governor)) {
            // "rejected North Korea's demand to sever the alliance" is often parsed with the demand as
            // the subject of a clausal complement "to sever": it is still what is rejected.
            governor = walker.head(governor).get().governor();
        } else if (walker.shiftedObjectOf(token.index()).isPresent()) {
            // "rejected on Thursday a United Nations appeal": the object moved past the time.
            governor = walker.shiftedObjectOf(token.index()).get();
        } else if (!head.get().relation().equals("obj") && !head.get().relation().equals("nsubj:pass")) {
            return false;
        }
        FrameMatch m = coded.get(governor);
        return m != null && !m.frame().cameo().code().equals(STATEMENT);
    }

    /**
     * What a coded act was done to achieve, when that act found its target in it, is the same act
     * told by its aim: "used tear gas to disperse the students", "fired shots to scatter the crowd"
     * are one act of force on the students (175), not a second, coercive one (170).
     */
    private static boolean aimOfCodedEvent(ParseWalker walker, Token token, Map<Integer, FrameMatch> coded) {
        if (!token.pos().startsWith("VB")) {
            return false;
        }
        var head = walker.head(token.index());
        if (head.isEmpty() || !(head.get().relation().equals("xcomp") || head.get().relation().equals("advcl"))
                || walker.children(token.index(), "mark").stream().noneMatch(m -> walker.lemma(m).equals("to"))) {
            return false;
        }
        FrameMatch m = coded.get(head.get().governor());
        return m != null && m.targets().stream()
                .anyMatch(t -> walker.sentence().tokens().stream()
                        .anyMatch(x -> t.mention().contains(x.span()) && walker.dominates(token.index(), x.index())));
    }

    /** A clausal complement marked "to" (a noun's infinitive misread as a clause of its own). */
    private static boolean infinitiveComplement(ParseWalker walker, int verb) {
        return walker.head(verb).filter(d -> d.relation().equals("ccomp")).isPresent()
                && walker.sentence().childrenOf(verb).stream()
                .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("dep"))
                        && walker.lemma(d.dependent()).equals("to"));
    }

    /** CAMEO's bare public statement, which says that something is so without being an act on anyone. */
    private static final String STATEMENT = "010";

    /**
     * An act told only to date or identify something else ({@link TellingReader#background}) is not
     * the sentence's event unless its own words date it: "following an offensive" and "a helicopter
     * that was captured" are not coded, "since February's summit" and "captured by the army last
     * week" are, each as an event of its own date.
     */
    private boolean background(ParseWalker walker, int predicate, EventDater dater) {
        return telling.background(walker, predicate) && dater.own(walker, predicate).map(EventDate::span)
                .map(span -> walker.sentence().headTokenOf(span))
                .filter(head -> head >= 0 && walker.dominates(predicate, head)).isEmpty();
    }

    /**
     * The accusation whose charge the act is: "accused the rebels of attacking the town", "blamed
     * Ukrainian forces for shelling the plant" (an "of"/"for" clause on an ACCUSE predicate or on its
     * object). The act is what the accuser claims, not an act told for itself.
     */
    private static Optional<FrameMatch> accusation(ParseWalker walker, int predicate, Map<Integer, FrameMatch> coded) {
        var conjunct = walker.head(predicate).filter(d -> d.relation().equals("conj"));
        if (conjunct.isPresent()) {
            // "accused the U.S. of violating rights, ignoring the law and …": every charge of the list.
            return accusation(walker, conjunct.get().governor(), coded);
        }
        boolean charge = walker.sentence().childrenOf(predicate).stream()
                .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                        && CHARGE_MARKERS.contains(walker.lemma(d.dependent())));
        var head = walker.head(predicate);
        if (!charge || head.isEmpty()) {
            return Optional.empty();
        }
        int governor = head.get().governor();
        String relation = head.get().relation();
        if (relation.startsWith("acl")) {
            var up = walker.head(governor);
            if (up.isEmpty() || !up.get().relation().equals("obj")) {
                return Optional.empty();
            }
            governor = up.get().governor();
        } else if (!relation.equals("advcl") && !relation.startsWith("obl")) {
            return Optional.empty();
        }
        return Optional.ofNullable(coded.get(governor))
                .filter(m -> m.frame().plover().filter(p -> p == Plover.ACCUSE).isPresent());
    }

    private static final Set<String> CHARGE_MARKERS = Set.of("of", "for");

    /**
     * The accused did what they are accused of: an act with no doer of its own, or one handed the
     * accuser by the clause above ("Russia blamed Ukrainian forces for shelling": Russia did not
     * shell), is done by the accusation's target.
     */
    private static FrameMatch accused(FrameMatch act, FrameMatch accusation) {
        if (accusation.targets().isEmpty() || !(act.sources().isEmpty() || act.inherited())) {
            return act;
        }
        return new FrameMatch(act.predicate(), act.frame(), accusation.targets(), act.targets(), true, act.coEvent());
    }

    /**
     * A noun compounded onto another names a kind of that thing, not an event: "aid convoys", "the
     * Emergency Relief Coordinator", "trade talks", "a press release" tell of convoys, an official,
     * talks and a text. (A constraint may still read the modifier: "aid deliveries" are aid.)
     */
    private static boolean modifier(ParseWalker walker, Token token) {
        return token.pos().startsWith("NN") && walker.head(token.index())
                .filter(d -> d.relation().equals("compound"))
                .map(d -> walker.token(d.governor()).pos().startsWith("NN")).orElse(false);
    }

    /**
     * An event's own clause dates it; an intention is dated by the clause that states it, and
     * without a date there it was stated when published, not in the story's past; other events
     * without a date of their own continue the story's running date.
     */
    private static EventDate date(EventDater dater, ParseWalker walker, int predicate, Telling told,
                                  Optional<EventDate> running, EventDate published) {
        if (told.modality() == Modality.PLANNED && told.intent().isPresent()) {
            return dater.ofClause(walker, told.intent().getAsInt()).orElse(published);
        }
        return dater.own(walker, predicate).or(() -> running).orElse(published);
    }

    /** What surrounds one coded predicate. */
    private record Circumstances(Telling told, EventDate date, Optional<Place> place, Optional<Participant> claimant) {
    }

    private Optional<Participant> claimant(AnalyzedArticle in, ParseWalker walker, Telling told, Token token,
                                           Participants participants) {
        if (told.reporter().isPresent()) {
            for (int s : walker.children(told.reporter().getAsInt(), "nsubj")) {
                List<Participant> found = participants.at(walker, s);
                if (!found.isEmpty()) {
                    return Optional.of(state(found.get(0)));
                }
            }
        }
        for (Quote q : in.quotes()) {
            if (q.span().contains(token.span()) && q.speaker().isPresent()) {
                var speaker = q.speaker().get();
                return in.actors().stream().filter(a -> a.span().equals(speaker.mention())).findFirst()
                        .map(a -> new Participant(a.actor(), a.span()));
            }
        }
        return Optional.empty();
    }

    private List<Event> events(AnalyzedArticle in, ParseWalker walker, FrameMatch match, Circumstances around,
                               ContextCountry context, Participants participants) {
        PredicateFrame frame = match.frame();
        int sentence = walker.sentence().index();
        List<Participant> sources = match.sources().stream()
                .map(p -> context.of(p, sentence, around.place(), match.targets())).toList();
        if (sources.isEmpty()) {
            // "three civilians were killed in a car bombing", "a bomb went off": violence whose doer
            // the text does not name is done by an unidentified party (UnknownSources), placed in
            // its place's country, as ACLED places an "Unidentified Armed Group (Iraq)".
            sources = unknown.of(walker, match, frame.plover(), around.told(), participants)
                    .map(p -> UnknownSources.isUnknown(p.actor()) ? UnknownSources.placed(p, around.place())
                            : context.of(p, sentence, around.place(), match.targets()))
                    .stream().toList();
        }
        List<Participant> targets = match.targets().stream()
                .map(p -> context.ofTarget(p, sentence, around.place(), match.sources()))
                .filter(EventCoder::placed).toList();
        if (targets.isEmpty() && sources.size() >= 2 && (frame.symmetric() || reciprocal(frame))) {
            // "Jordan and Britain agreed to hold exercises": parties that agree, meet or cooperate
            // together do so with each other; "X and Y sought aid" says nothing of X and Y.
            targets = List.of(sources.get(1));
            sources = List.of(sources.get(0));
        }
        // A target the text names but no country places still shows the act was aimed at
        // someone: the event stands, told without it.
        boolean unplaced = targets.isEmpty() && !match.targets().isEmpty();
        if (sources.isEmpty() || (targets.isEmpty() && frame.dyadic() && !unplaced)) {
            // Without the one who acts there is nobody to code; a missing target is no such loss:
            // PLOVER codes one-sided events ("the rebels surrendered", "Russia promised to reform",
            // "France condemned the attack"), and so do we, with no target: a target the text names
            // but no actor resolves ("refugees fleeing the war") is as good as none.
            return List.of();
        }
        Modality modality = around.told().modality();
        Optional<Participant> claimant = around.claimant();
        if (frame.source().isEmpty() && match.inherited()) {
            // The one who says it is the source ("The North claimed … the failure of the U.S.", "Chile
            // said Peru must withdraw"): the saying is the event, and it happened.
            modality = Modality.ASSERTED;
            claimant = Optional.empty();
        } else if (modality == Modality.ASSERTED && claimant.isPresent()) {
            modality = Modality.REPORTED;
        }
        boolean negated = around.told().negated();
        // "attacked with artillery" is 194, "violent protests" 145: the weapon or manner the text gives
        SpecificCodes.Coded act = specifics.of(frame, walker, match.predicate());
        // "will not accept refugees", and a cooperative act that failed ("failed to reach agreement":
        // PETRARCH's FAIL is a rejection, 120) are refusals.
        Optional<CameoCode> refusal = negated && (modality == Modality.PLANNED || around.told().failed())
                ? intents.refusalOf(act.cameo()) : Optional.empty();
        boolean conditional = !negated && around.told().condition().isPresent()
                && (modality == Modality.PLANNED || modality == Modality.HYPOTHETICAL);
        Optional<CameoCode> threat = conditional ? intents.threatOf(act.cameo())
                .filter(c -> around.told().condition().get().equals("unless") || !c.code().equals("130"))
                : Optional.empty();
        CameoCode cameo;
        if (threat.isPresent()) {
            // "Iran threatened to shell … unless", "will withdraw its force unless …", "may halt … if":
            // an act held over the other side on a condition is a threat, and the threat was made.
            cameo = threat.get();
            modality = claimant.isPresent() ? Modality.REPORTED : Modality.ASSERTED;
        } else if (refusal.isPresent()) {
            // "Syria says it will not accept more refugees": the refusal is the event, and it was made.
            cameo = refusal.get();
            negated = false;
            modality = claimant.isPresent() ? Modality.REPORTED : Modality.ASSERTED;
        } else {
            cameo = modality == Modality.PLANNED ? intents.intentOf(act.cameo()) : act.cameo();
        }
        Optional<Plover> type = cameo == act.cameo() ? act.plover() : cameo.plover();
        if (type.isEmpty()) {
            return List.of();
        }
        if (type.get() == Plover.THREATEN && targets.isEmpty()) {
            // "threatened to stop negotiations if the United States goes ahead", "will withdraw
            // unless Baghdad accepts": the one the condition is set on is the one threatened.
            List<Participant> from = sources;
            targets = conditionSubject(walker, match.predicate(), participants).stream()
                    .map(p -> context.of(p, walker.sentence().index(), around.place(), from))
                    .filter(EventCoder::placed)
                    .filter(p -> from.stream().noneMatch(f -> state(f).actor().code().equals(state(p).actor().code())))
                    .toList();
        }
        Optional<String> mode = cameo == act.cameo() ? act.mode() : cameo.ploverMode();
        Token trigger = walker.token(match.predicate());
        double confidence = confidence(match, around);
        List<Event> out = new ArrayList<>();
        for (Participant s : sources) {
            boolean aimed = false;
            for (Participant t : targets.isEmpty() ? List.<Participant>of() : targets) {
                if (!sameActor(s.actor(), t.actor())) {
                    aimed = true;
                    out.add(new Event(state(s), Optional.of(state(t)), type.get(), mode, cameo, around.date(),
                            around.place(), negated, modality, claimant,
                            walker.sentence().index(), trigger.span(), List.of(walker.sentence().span()),
                            frame.provenance(), confidence));
                }
            }
            if (targets.isEmpty() || (!aimed && !frame.dyadic() && targets.stream().allMatch(t -> possessor(walker, t)))) {
                // No target, or only the source's own possessive ("plans to impose restrictions on
                // its labour market"): the act is still told, one-sided, as when the text names no
                // target. (Any other target that is the source itself is more likely a misread
                // source or pronoun than an act on oneself, so nothing is coded.)
                out.add(new Event(state(s), Optional.empty(), type.get(), mode, cameo, around.date(), around.place(),
                        negated, modality, claimant, walker.sentence().index(),
                        trigger.span(), List.of(walker.sentence().span()), frame.provenance(), confidence));
            }
        }
        return out;
    }

    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /** Whether a party is named as the possessor of what the act is done to ("its market"). */
    private static boolean possessor(ParseWalker walker, Participant p) {
        int head = walker.sentence().headTokenOf(p.mention());
        return head >= 0 && walker.relation(head).equals("nmod:poss");
    }

    /**
     * The subject of the if- or unless-clause set on the predicate or on a verb of its xcomp chain
     * ("threatened to strike unless Israel rescinded its annexation").
     */
    private static List<Participant> conditionSubject(ParseWalker walker, int predicate, Participants participants) {
        // The chain of verbs that announce and complete the act ("threatened to stop negotiations
        // to reduce … if"), not the verb reporting it, whose own adverbials are the reporter's.
        int top = predicate;
        for (int depth = 0; depth < 4; depth++) {
            var head = walker.head(top);
            if (head.isEmpty() || !head.get().relation().equals("xcomp")) {
                break;
            }
            top = head.get().governor();
        }
        List<Integer> chain = new ArrayList<>(List.of(top));
        for (int i = 0; i < chain.size() && chain.size() < 8; i++) {
            chain.addAll(walker.children(chain.get(i), "xcomp"));
        }
        for (int clause : chain) {
            for (int adverbial : walker.children(clause, "advcl")) {
                boolean conditional = walker.children(adverbial, "mark").stream()
                        .anyMatch(m -> CONDITIONS.contains(walker.lemma(m)));
                if (conditional) {
                    List<Participant> out = new ArrayList<>();
                    for (int s : walker.children(adverbial, "nsubj")) {
                        out.addAll(participants.at(walker, s));
                    }
                    return out;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether a party is one event data can count: a country or an organisation. A bare sector
     * ("officials", "the president") its context gives no country is nobody in particular; coded
     * as a target it would read as a dyad with no one, so the event is told without it.
     */
    private static boolean placed(Participant p) {
        return p.actor().country() != null || p.actor().organisation() != null;
    }

    private static boolean reciprocal(PredicateFrame frame) {
        return frame.plover().map(p -> p == Plover.AGREE || p == Plover.CONSULT || p == Plover.COOPERATE).orElse(false);
    }

    private static double confidence(FrameMatch match, Circumstances around) {
        double c = 0.9;
        if (match.inherited()) {
            c -= 0.15;
        }
        if (match.frame() instanceof NounFrame) {
            c -= 0.1;
        }
        if (around.date().source() == EventDate.Source.PUBLICATION) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }

    private static boolean sameActor(Actor a, Actor b) {
        return a.code().equals(b.code()) && a.name().equals(b.name());
    }

    /** A state named as acting acts through its government ({@link Participant#throughGovernment}). */
    private static Participant state(Participant p) {
        return p.throughGovernment();
    }
}
