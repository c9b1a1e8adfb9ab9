package attache.events;

import attache.model.Participant;

import java.util.List;

/**
 * A predicate whose frame's constraints hold, with the participants found for it.
 *
 * @param predicate  the predicate token
 * @param frame      the frame that matched
 * @param sources    who acts (several when conjoined)
 * @param targets    to whom
 * @param inherited  whether the source came from an enclosing clause rather than the predicate's own
 */
record FrameMatch(int predicate, PredicateFrame frame, List<Participant> sources, List<Participant> targets,
                  boolean inherited) {
}
