package attache.time;

import java.util.Optional;

/** One way of reading a temporal expression; empty when the phrase is not of its kind. */
@FunctionalInterface
interface Rule {
    Optional<Resolution> resolve(Phrase phrase);
}
