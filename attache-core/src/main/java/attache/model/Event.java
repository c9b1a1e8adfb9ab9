package attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One political event: who did what to whom, when and where, with its evidence.
 *
 * @param source     who acted
 * @param target     to whom, when the event has a target
 * @param type       the PLOVER type
 * @param mode       the PLOVER mode, when one applies
 * @param cameo      the CAMEO code, with its QuadClass and Goldstein value
 * @param date       when it happened
 * @param location   where, when the text says
 * @param negated    whether the text says it did not happen
 * @param modality   asserted, reported, planned or hypothetical
 * @param claimant   who says so, for a reported event
 * @param sentence   index of the sentence of its first evidence
 * @param trigger    the predicate that coded it ("resumed", "talks")
 * @param evidence   the sentence(s) it was read from; more than one when the article tells it twice
 * @param pattern    the lexicon entry that coded it (file:line)
 * @param confidence how sure the coder is, 0 to 1
 */
public record Event(Participant source, Optional<Participant> target, Plover type, Optional<String> mode,
                    CameoCode cameo, EventDate date, Optional<Place> location, boolean negated, Modality modality,
                    Optional<Participant> claimant, int sentence, TextSpan trigger, List<TextSpan> evidence,
                    String pattern, double confidence) {

    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(trigger, "trigger");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs evidence");
        }
        Objects.requireNonNull(pattern, "pattern");
    }

    /** This event with another telling's evidence added. */
    public Event withMoreEvidence(List<TextSpan> more, double newConfidence) {
        List<TextSpan> all = new java.util.ArrayList<>(evidence);
        more.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new Event(source, target, type, mode, cameo, date, location, negated, modality, claimant, sentence,
                trigger, all, pattern, newConfidence);
    }
}
