package attache.events;

import attache.model.Participant;

import java.util.List;
import java.util.OptionalInt;

/**
 * A predicate whose frame's constraints hold, with the participants found for it.
 *
 * @param predicate  the predicate token
 * @param frame      the frame that matched
 * @param sources    who acts (several when conjoined)
 * @param targets    to whom
 * @param inherited  whether the source came from an enclosing clause rather than the predicate's own
 * @param coEvent    the predicate of the event whose parties these are, when taken from one ("the
 *                   summit ended without any agreement"), which then dates this one too
 */
record FrameMatch(int predicate, PredicateFrame frame, List<Participant> sources, List<Participant> targets,
                  boolean inherited, OptionalInt coEvent) {
}
