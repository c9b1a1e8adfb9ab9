package attache.claims;

import attache.model.Claim;
import attache.model.Participant;
import attache.model.TextSpan;

import java.util.OptionalInt;

/**
 * A claim as first read from one sentence, before it is judged, dated and tied to events.
 *
 * @param claimant  who states it
 * @param kind      how it is attributed
 * @param cue       the attributing word's span
 * @param cueToken  the attributing word's token in its sentence, when there is one (not for a bare quote)
 * @param content   what is stated
 * @param sentence  the sentence of the attributing word (of the quote's start for a bare quote)
 * @param reporting whether the attributing word only reports ("said", "according to", a quote),
 *                  as against an evaluative verb that is itself an act ("condemned", "rejected")
 */
record Statement(Participant claimant, Claim.Kind kind, TextSpan cue, OptionalInt cueToken, TextSpan content,
                 int sentence, boolean reporting) {

    Statement withContent(TextSpan wider, Claim.Kind newKind) {
        return new Statement(claimant, newKind, cue, cueToken, wider, sentence, reporting);
    }
}
