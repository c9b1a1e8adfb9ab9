package attache.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of text that stands for an actor: a name, a role ("the envoy"), a country word
 * ("Pyongyang", "South Korean"), or a pronoun resolved to what it refers to.
 *
 * @param span       characters in the original text
 * @param text       the characters as written
 * @param sentence   index of its sentence
 * @param head       index of its head token within the sentence, or -1 when not known
 * @param actor      the actor it resolves to
 * @param antecedent the mention it was resolved from ("Lee Do-hoon" for "he"), when it was
 */
public record ActorMention(TextSpan span, String text, int sentence, int head, Actor actor,
                           Optional<TextSpan> antecedent) {

    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(antecedent, "antecedent");
    }
}
