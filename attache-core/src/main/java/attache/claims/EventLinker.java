package attache.claims;

import attache.model.AnalyzedArticle;
import attache.model.Claim;
import attache.model.Event;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Plover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ties each claim to the events it is about:
 * <ul>
 * <li>the events coded inside what it states ("claimed [the talks broke down due to the failure of
 *     the U.S.…]" is about the failure the coder read there), and the reported events the coder
 *     credits to the same claimant in the same sentence;</li>
 * <li>the events its words name from elsewhere in the article: a noun of {@code episodes.tsv} ("the
 *     talks", "the discussions") names the nearest earlier event of a matching type that had begun
 *     by the claim's date, one with the claimant or an actor named in the claim among its parties
 *     first (see {@link #nearest});</li>
 * <li>a statement that continues another of the same claimant in the same sentence ("described the
 *     discussions as good and said it brought creative ideas") is about what that one is about;</li>
 * <li>a judgement with none of these speaks of the story's lead event (see {@link #lead}).</li>
 * </ul>
 * A claim with none of these stays a statement with no event to attach to.
 */
final class EventLinker {

    private final AnalyzedArticle doc;
    private final ClaimLexicons lexicons;

    EventLinker(AnalyzedArticle doc, ClaimLexicons lexicons) {
        this.doc = doc;
        this.lexicons = lexicons;
    }

    List<Claim> link(List<Claim> claims) {
        List<Claim> linked = new ArrayList<>();
        for (Claim c : claims) {
            linked.add(c.about(List.copyOf(eventsOf(c))));
        }
        List<Claim> out = new ArrayList<>();
        for (Claim c : linked) {
            if (c.events().isEmpty()) {
                Optional<Claim> sibling = linked.stream().filter(o -> o != c && o.sentence() == c.sentence()
                        && !o.events().isEmpty() && o.claimant().mention().equals(c.claimant().mention())).findFirst();
                out.add(sibling.map(s -> c.about(s.events())).or(() -> lead(c)).orElse(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A judgement with nothing else to attach it to speaks of the story's lead event, as wire
     * stories are written: the lead sentence tells the event and the following paragraphs give the
     * sides' verdicts on it ("Guterres said the informal dinner had been frank"). Only a claim that
     * judges (has assessment cues), and only an event of the article's first sentence that is told
     * as having happened.
     */
    private Optional<Claim> lead(Claim c) {
        if (c.cues().isEmpty() || c.sentence() == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            if (e.sentence() == 0 && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)) {
                return Optional.of(c.about(List.of(i)));
            }
        }
        return Optional.empty();
    }

    private Set<Integer> eventsOf(Claim c) {
        Set<Integer> found = new TreeSet<>();
        List<Event> events = doc.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean inside = c.content().contains(e.trigger());
            boolean credited = e.sentence() == c.sentence() && e.claimant().map(Participant::mention)
                    .filter(m -> m.equals(c.claimant().mention())).isPresent();
            if (inside || credited) {
                found.add(i);
            }
        }
        Set<String> sides = sidesNamed(c);
        for (int offset : episodeNouns(c, found)) {
            nearest(c, lexicons.episodeTypes(lemmaAt(offset)), sides).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The kind of episode a claim speaks of when no coded event stands for it: the PLOVER types of
     * the first episode noun in its content ("talks", "round": CONSULT), or empty.
     */
    Optional<String> episodeOf(Claim c) {
        for (int offset : episodeNouns(c, Set.of())) {
            Set<Plover> types = lexicons.episodeTypes(lemmaAt(offset));
            if (!types.isEmpty()) {
                return Optional.of(String.join(",", types.stream().map(Enum::name).sorted().toList()));
            }
        }
        return Optional.empty();
    }

    /** Character offsets of the episode nouns in the claim's content that are not themselves triggers of found events. */
    private List<Integer> episodeNouns(Claim c, Set<Integer> found) {
        List<Integer> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            if (!s.span().overlaps(c.content())) {
                continue;
            }
            for (var t : s.tokens()) {
                if (!c.content().contains(t.span()) || !t.pos().startsWith("NN")
                        || lexicons.episodeTypes(t.lemma()).isEmpty()) {
                    continue;
                }
                boolean trigger = found.stream().anyMatch(i -> doc.events().get(i).trigger().equals(t.span()));
                if (!trigger) {
                    out.add(t.span().start());
                }
            }
        }
        return out;
    }

    private String lemmaAt(int offset) {
        for (var s : doc.sentences()) {
            if (s.span().contains(offset)) {
                int t = s.tokenAt(offset);
                return t < 0 ? "" : s.tokens().get(t).lemma();
            }
        }
        return "";
    }

    /** The claimant's side and the sides of the actors named in what it states. */
    private Set<String> sidesNamed(Claim c) {
        Set<String> sides = new HashSet<>();
        sides.add(Speakers.side(c.claimant().actor()));
        doc.actors().stream().filter(m -> c.content().contains(m.span()))
                .forEach(m -> sides.add(Speakers.side(m.actor())));
        return sides;
    }

    /**
     * The event a noun names: of one of its types, not merely planned or possible, begun by the
     * claim's date; one the claimant takes part in first, then one an actor named in the claim takes
     * part in, then any (a mediator speaks of talks between others); among those the nearest told
     * before the claim, else the nearest after it.
     */
    private Optional<Integer> nearest(Claim c, Set<Plover> types, Set<String> sides) {
        Optional<LocalDate> claimDay = FirstDay.of(c.date().value());
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            if (!types.contains(e.type()) || e.modality() == Modality.PLANNED || e.modality() == Modality.HYPOTHETICAL) {
                continue;
            }
            Optional<LocalDate> day = FirstDay.of(e.date().value());
            if (claimDay.isPresent() && day.isPresent() && day.get().isAfter(claimDay.get())) {
                continue;
            }
            int distance = distance(c, e) + (hasParty(e, Set.of(Speakers.side(c.claimant().actor()))) ? 0
                    : hasParty(e, sides) ? 10_000 : 20_000);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** Sentences from the event's nearest telling before the claim to the claim; after it, far. */
    private int distance(Claim c, Event e) {
        int best = Integer.MAX_VALUE;
        for (var span : e.evidence()) {
            int s = sentenceAt(span.start());
            int gap = c.sentence() - s;
            best = Math.min(best, gap >= 0 ? gap : 1000 - gap);
        }
        return best;
    }

    private int sentenceAt(int offset) {
        for (var s : doc.sentences()) {
            if (s.span().contains(offset)) {
                return s.index();
            }
        }
        return Integer.MAX_VALUE / 2;
    }

    private static boolean hasParty(Event e, Set<String> sides) {
        return sides.contains(Speakers.side(e.source().actor()))
                || e.target().map(t -> sides.contains(Speakers.side(t.actor()))).orElse(false);
    }
}
