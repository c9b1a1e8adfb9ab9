package attache.model;

import java.util.Objects;

/**
 * An actor taking part in an event, with the mention it was found at.
 *
 * @param actor   the resolved actor
 * @param mention the words in the text that name it
 */
public record Participant(Actor actor, TextSpan mention) {

    public Participant {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mention, "mention");
    }

    /**
     * A state named as acting or speaking ("The North claimed", "Washington described") acts through its
     * government, as CAMEO coders code it: a country's actor with no sector, found from the country's
     * name or a reference to it, takes the GOV sector. Any other participant is returned as it is.
     */
    public Participant throughGovernment() {
        boolean stateLevel = actor.agent() == null && actor.organisation() == null && actor.country() != null
                && (actor.source().startsWith("country:") || actor.source().startsWith("reference:"))
                // a region or city ("shelled Jericho") is the country's territory and people, not its state
                && !actor.source().startsWith("country:place");
        if (!stateLevel) {
            return this;
        }
        return new Participant(new Actor(actor.name(), actor.country(), null, "GOV", null,
                actor.source() + "+state"), mention);
    }
}
