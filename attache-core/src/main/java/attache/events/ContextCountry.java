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
        Optional<String> placed = place.map(Place::country).filter(ContextCountry::isState);
        if (placed.isPresent()) {
            return with(p, placed.get(), "context:place");
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

    private boolean isPerson(Participant p) {
        return doc.entities().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().contains(p.mention()));
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
