package attache.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An attributed statement: who says what, when, about which events, and how they judge it.
 *
 * @param claimant   who makes the claim, resolved to an actor, with the mention it was read from
 * @param kind       how the text attributes it: a direct quote, reported speech, "according to", a
 *                   description ("X described the talks as good")
 * @param cue        the word that attributes it ("said", "according", "described"), or for a quote
 *                   with no speech verb the speaker's mention
 * @param content    the words claimed
 * @param sentence   index of the sentence the claim is told in
 * @param date       when the claim was made: the reporting clause's date, else the publication date
 * @param events     indices into the article's events of the events it is about; empty for a
 *                   statement with no event to attach to
 * @param assessment positive, negative or neutral
 * @param cues       the words that decided the assessment (and the outcome), in text order
 * @param outcome    what the claim says became of the event it is about, when it says:
 *                   "ended" ("broke down") or "continues" ("will continue")
 */
public record Claim(Participant claimant, Kind kind, TextSpan cue, TextSpan content, int sentence, EventDate date,
                    List<Integer> events, Assessment assessment, List<AssessmentCue> cues,
                    Optional<String> outcome) {

    /** How the text attributes a claim. */
    public enum Kind {
        QUOTE, REPORTED, ACCORDING_TO, DESCRIPTION;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Claim {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(date, "date");
        events = List.copyOf(events);
        Objects.requireNonNull(assessment, "assessment");
        cues = List.copyOf(cues);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** This claim about other events. */
    public Claim about(List<Integer> eventIndices) {
        return new Claim(claimant, kind, cue, content, sentence, date, eventIndices, assessment, cues, outcome);
    }

    /**
     * One word or phrase that weighed in a claim's assessment.
     *
     * @param span     where it is
     * @param polarity which way it weighed, after negation
     * @param negated  whether a negation turned it round ("not productive")
     * @param outcome  the outcome it states, if any ("ended", "continues")
     */
    public record AssessmentCue(TextSpan span, Assessment polarity, boolean negated, Optional<String> outcome) {
        public AssessmentCue {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
