package attache.actors;

import java.util.Objects;

/**
 * A role noun and the sector it puts its holder in ("envoy" → GOV; "defence minister" → GOV, MIL).
 *
 * @param noun      the noun phrase, singular, lower case ("special representative")
 * @param agent     the CAMEO sector
 * @param secondary a second sector, or null
 */
public record Role(String noun, String agent, String secondary) {

    public Role {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(agent, "agent");
    }
}
