package attache.events;

import attache.model.Event;
import attache.model.Participant;

import java.util.List;

/**
 * Keeps a sentence's one-sided events (no target) only where they add something. "I plan to meet
 * Biegun and discuss ways …" codes meet with a target and discuss without one; "accepted Sweden's
 * invitation" codes the acceptance towards Sweden and the invitation by Sweden to nobody named. An
 * event without a target whose source already takes part, either way round, in an event of the
 * same type in the same sentence tells nothing the other does not.
 */
final class OneSidedEvents {

    private OneSidedEvents() {
    }

    static List<Event> withoutSubsumed(List<Event> sentence) {
        return withoutSubsumed(sentence, e -> false);
    }

    /**
     * As {@link #withoutSubsumed(List)}, keeping also the events {@code addressed} says have an
     * addressee by their nature (AddressedTargets): those are not one-sided.
     */
    static List<Event> withoutSubsumed(List<Event> sentence, java.util.function.Predicate<Event> addressed) {
        return sentence.stream().filter(e -> e.target().isPresent() || addressed.test(e) || !subsumed(e, sentence))
                .toList();
    }

    private static boolean subsumed(Event oneSided, List<Event> sentence) {
        String source = code(oneSided.source());
        return sentence.stream().anyMatch(other -> other.target().isPresent() && other.type() == oneSided.type()
                && other.negated() == oneSided.negated()
                && (code(other.source()).equals(source) || code(other.target().get()).equals(source)));
    }

    private static String code(Participant p) {
        return p.actor().code();
    }
}
