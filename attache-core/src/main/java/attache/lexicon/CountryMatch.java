package attache.lexicon;

import attache.actors.Country;

import java.util.Objects;

/**
 * A country found in text, and how the text named it.
 *
 * @param country the country
 * @param via     which kind of name matched: its name, an adjective or demonym, a capital, a seat of
 *                power, or a place inside it (a region or city: where, not the state)
 * @param tokens  how many tokens of the input the match covers (for {@code find}, the phrase's words)
 */
public record CountryMatch(Country country, Via via, int tokens) {

    /** Which column of the lexicon the matching phrase came from. */
    public enum Via {
        NAME, ADJECTIVE, CAPITAL, SEAT, PLACE
    }

    public CountryMatch {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(via, "via");
        if (tokens < 1) {
            throw new IllegalArgumentException("tokens must be positive: " + tokens);
        }
    }
}
