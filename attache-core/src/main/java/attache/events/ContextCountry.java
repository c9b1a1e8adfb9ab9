package attache.events;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.model.Participant;
import attache.model.Place;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a party the text names only by its sector ("rebels", "the protesters", "police", a
 * president the lexicons do not know) the country its context places it in, as CAMEO coders do:
 * first the place of the event's own clause ("protesters clashed with police in Dhaka"), else the
 * one country its sentence names ("the Mozambique government accepted demands from rebels"), but
 * not for a named person when that country is the other side's.
 * A sentence naming several countries leaves it without one: which of them it belongs to, the
 * text does not say.
 */
final class ContextCountry {

    private final AnalyzedArticle doc;

    ContextCountry(AnalyzedArticle doc) {
        this.doc = doc;
    }

    Participant of(Participant p, int sentence, Optional<Place> place, java.util.List<Participant> otherSide) {
        Actor a = p.actor();
        if (a.country() != null || a.organisation() != null || a.agent() == null) {
            return p;
        }
        Participant placed = byPlace(p, place);
        if (placed != p) {
            return placed;
        }
        Set<String> named = new TreeSet<>();
        for (ActorMention m : doc.actors()) {
            if (m.sentence() == sentence && m.actor().organisation() == null && isState(m.actor().country())) {
                named.add(m.actor().country());
            }
        }
        if (named.size() != 1) {
            return p;
        }
        String country = named.iterator().next();
        boolean facing = otherSide.stream().anyMatch(o -> country.equals(o.actor().country()));
        if (facing && isPerson(p)) {
            // "Archbishop Desmond Tutu called for sanctions against Nigeria", "diplomats met President
            // X": a person acting towards a country is more likely a foreigner to it than its citizen.
            return p;
        }
        return with(p, country, "context:sentence");
    }

    /**
     * The country of a target the text names only by its sector: as {@link #of}, and where the
     * sentence names several countries, the one of the party acting on it when that party is a
     * court, police force or legislature of one country named in the sentence ("an Argentine judge
     * ordered former president X to appear … arms sales to Croatia and Ecuador"): those act within
     * their own state, on its people. Governments, armies and armed groups act across borders too
     * ("the U.S. would not meet the hostage-takers' demands"), so their targets keep no country.
     */
    Participant ofTarget(Participant p, int sentence, Optional<Place> place, java.util.List<Participant> sources) {
        Participant placed = of(p, sentence, place, sources);
        Actor a = placed.actor();
        if (a.country() != null || a.organisation() != null || a.agent() == null) {
            return placed;
        }
        java.util.List<String> acting = sources.stream().map(s -> s.actor().country()).distinct().toList();
        if (acting.size() != 1 || !isState(acting.get(0))) {
            return placed;
        }
        String country = acting.get(0);
        boolean named = doc.actors().stream().anyMatch(m -> m.sentence() == sentence && country.equals(m.actor().country()));
        boolean withinState = sources.stream().allMatch(s -> DOMESTIC.contains(String.valueOf(s.actor().agent())));
        if (!named || !withinState) {
            return placed;
        }
        return with(placed, country, "context:counterpart");
    }

    /** Sectors that act within their own state only: courts, police, legislatures. */
    private static final Set<String> DOMESTIC = Set.of("JUD", "COP", "LEG");

    private boolean isPerson(Participant p) {
        return doc.entities().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().contains(p.mention()));
    }

    /**
     * The first step of {@link #of} alone: a party named by its sector takes the country of the
     * event's place, and no other (for a party the sentence's countries must not place).
     */
    static Participant byPlace(Participant p, Optional<Place> place) {
        Actor a = p.actor();
        if (a.country() != null || a.organisation() != null || a.agent() == null) {
            return p;
        }
        return place.map(Place::country).filter(ContextCountry::isState)
                .map(country -> with(p, country, "context:place")).orElse(p);
    }

    private static boolean isState(String country) {
        return country != null && !country.equals("IGO") && !country.equals("NGO");
    }

    private static Participant with(Participant p, String country, String rule) {
        Actor a = p.actor();
        return new Participant(new Actor(a.name(), country, null, a.agent(), a.secondary(), a.source() + "+" + rule),
                p.mention());
    }
}
