package attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A standing demand or stance of an actor on an issue ("the U.S. has demanded the North take
 * sweeping denuclearization steps first").
 *
 * @param holder   whose position it is
 * @param stance   the kind of stance, as the stance lexicon names it: demand, insist, oppose, support …
 * @param cue      the word that states it ("demanded", "insisted")
 * @param span     what the actor stands for or against: the cue's complement
 * @param phrase   the stance normalised: the stance kind then the complement's lemmas, without
 *                 articles and punctuation ("demand: north take sweeping denuclearization step first")
 * @param issues   the issues it bears on, from the topic lexicon, in the order first mentioned
 * @param sentence index of its sentence
 * @param since    the date the text holds it from, or the publication date ("as of")
 * @param evidence the sentence it was read from
 */
public record Position(Participant holder, String stance, TextSpan cue, TextSpan span, String phrase,
                       List<String> issues, int sentence, EventDate since, TextSpan evidence) {

    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(phrase, "phrase");
        issues = List.copyOf(issues);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(evidence, "evidence");
    }
}
