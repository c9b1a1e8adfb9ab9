package attache.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The sixteen PLOVER event types: the closed set. Their definitions, modes and contexts are
 * data ({@code lexicons/events/plover.tsv}, read by {@link attache.lexicon.PloverOntology}).
 */
public enum Plover {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** The type named in a data file or JSON ("ASSAULT", "assault"), if it is one. */
    public static Optional<Plover> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
