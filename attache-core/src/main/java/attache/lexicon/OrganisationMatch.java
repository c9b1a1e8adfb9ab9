package attache.lexicon;

import attache.actors.Organisation;

import java.util.Objects;

/**
 * An organisation found in text.
 *
 * @param org    the organisation
 * @param tokens how many tokens of the input the match covers (for {@code find}, the phrase's words)
 */
public record OrganisationMatch(Organisation org, int tokens) {

    public OrganisationMatch {
        Objects.requireNonNull(org, "org");
        if (tokens < 1) {
            throw new IllegalArgumentException("tokens must be positive: " + tokens);
        }
    }
}
