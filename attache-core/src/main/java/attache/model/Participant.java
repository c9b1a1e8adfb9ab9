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
}
