package attache.store;

import java.util.Optional;

/**
 * Filters for stored claims; every filter that is present must hold.
 *
 * @param actor      claimant actor code prefix ("USA", "PRKGOV")
 * @param event      an event id ("seed#1") or merged event id the claim is about
 * @param assessment positive, negative or neutral
 * @param article    the article id
 */
public record ClaimQuery(Optional<String> actor, Optional<String> event, Optional<String> assessment,
                         Optional<String> article) {

    public static final ClaimQuery ALL = new ClaimQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
