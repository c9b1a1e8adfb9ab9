package attache.model;

import java.util.Objects;

/**
 * A named-entity mention.
 *
 * @param span      characters in the original text
 * @param text      the characters as written
 * @param type      its entity type (consistent across the article once entities are linked)
 * @param sentence  index of its sentence
 * @param canonical the entity's canonical name in this article: its fullest form ("Lee" → "Lee
 *                  Do-hoon"); equal to {@code text} before linking
 */
public record Mention(TextSpan span, String text, EntityType type, int sentence, String canonical) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }

    public Mention withCanonical(String name, EntityType newType) {
        return new Mention(span, text, newType, sentence, name);
    }
}
