package attache.events;

import attache.model.Event;
import attache.model.EventDate;
import attache.model.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges the same event told twice in one article into one event that keeps every evidence span.
 * Two events are the same when they have the same PLOVER type, negation and modality, the same
 * actor codes (either way round), and dates that agree at the coarser precision (a day falls inside the
 * week, weekend, month or year of the other). The first telling is kept, with the more precise date
 * and the higher confidence of the two, and the finer of two CAMEO codes one of which refines the other.
 */
final class EventMerger {

    private EventMerger() {
    }

    static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (sameEvent(out.get(i), e)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(e);
            } else {
                out.set(same, combine(out.get(same), e));
            }
        }
        return out;
    }

    private static boolean sameEvent(Event a, Event b) {
        return a.type() == b.type() && a.negated() == b.negated() && a.modality() == b.modality()
                && sameActors(a, b) && DateValues.compatible(a.date().value(), b.date().value());
    }

    private static boolean sameActors(Event a, Event b) {
        String as = code(a.source());
        String at = a.target().map(EventMerger::code).orElse("");
        String bs = code(b.source());
        String bt = b.target().map(EventMerger::code).orElse("");
        return (as.equals(bs) && at.equals(bt)) || (as.equals(bt) && at.equals(bs));
    }

    /** Actors are the same at the level event data counts them: their CAMEO code. */
    private static String code(Participant p) {
        return p.actor().code();
    }

    private static Event combine(Event kept, Event other) {
        EventDate date = DateValues.moreTrusted(kept.date(), other.date());
        Event merged = kept.withMoreEvidence(other.evidence(), Math.max(kept.confidence(), other.confidence()));
        Optional<attache.model.Place> place = kept.location().or(other::location);
        // "threatened to break off relations with X": the threat and the act threatened are one
        // event; the more specific code of the two (1313 under 130) says more.
        boolean finer = other.cameo().code().length() > kept.cameo().code().length()
                && other.cameo().code().startsWith(kept.cameo().code());
        Event coded = finer ? other : merged;
        return new Event(merged.source(), merged.target(), merged.type(), coded.mode(), coded.cameo(), date, place,
                merged.negated(), merged.modality(), merged.claimant().or(other::claimant), merged.sentence(),
                merged.trigger(), merged.evidence(), merged.pattern(), merged.confidence());
    }
}
