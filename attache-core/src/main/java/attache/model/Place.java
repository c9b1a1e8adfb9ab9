package attache.model;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name    the place as named ("Stockholm")
 * @param country its ISO alpha-3 country, or null when unknown
 * @param span    the mention, or null when the place came from the dateline
 */
public record Place(String name, String country, TextSpan span) {

    public Place {
        Objects.requireNonNull(name, "name");
    }
}
