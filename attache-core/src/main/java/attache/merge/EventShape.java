package attache.merge;

import attache.events.DateValues;
import attache.model.Event;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of an event that decide whether two reports are the same event, and that decision.
 * Many reports share a shape, so a cluster compares a newcomer with its distinct shapes only.
 *
 * @param source  the source actor's key (see {@link #actorKey})
 * @param target  the target actor's key, or "" when the event has no target
 * @param type    the PLOVER type
 * @param root    the two-digit CAMEO root
 * @param date    the TIMEX3 date value
 * @param country the place's country, or null when there is no place or its country is unknown
 * @param negated whether the report says it did not happen
 */
record EventShape(String source, String target, Plover type, String root, String date, String country,
                  boolean negated) {

    /** Types where "A with B" and "B with A" are one event: meeting, agreeing, cooperating. */
    static final Set<Plover> SYMMETRIC = EnumSet.of(Plover.CONSULT, Plover.AGREE, Plover.COOPERATE);

    static EventShape of(Event e) {
        return new EventShape(actorKey(e.source()), e.target().map(EventShape::actorKey).orElse(""), e.type(),
                e.cameo().rootCode(), e.date().value(), e.location().map(Place::country).orElse(null),
                e.negated());
    }

    /**
     * An actor is known by its CAMEO code, the level at which event data counts actors; an actor the
     * lexicons could not code at all is known by its name, so two unknown actors are not the same.
     */
    static String actorKey(Participant p) {
        String code = p.actor().code();
        return code.isEmpty() ? "?" + p.actor().name().toLowerCase(Locale.ROOT) : code;
    }

    /** The actor pair regardless of order: reports of one event always share it. */
    String dyad() {
        return source.compareTo(target) <= 0 ? source + "|" + target : target + "|" + source;
    }

    boolean sameEventAs(EventShape o) {
        // the date last: it is the one test that may parse
        return negated == o.negated && sameType(o) && sameActors(o) && samePlace(o)
                && DateValues.compatible(date, o.date);
    }

    private boolean sameType(EventShape o) {
        return type == o.type || root.equals(o.root);
    }

    private boolean sameActors(EventShape o) {
        if (source.equals(o.source) && target.equals(o.target)) {
            return true;
        }
        boolean symmetric = SYMMETRIC.contains(type) && SYMMETRIC.contains(o.type);
        return symmetric && source.equals(o.target) && target.equals(o.source);
    }

    /** An absent place, or a place in no known country, fits any place. */
    private boolean samePlace(EventShape o) {
        return country == null || o.country == null || country.equals(o.country);
    }
}
