package attache.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote.
 *
 * @param span     the quoted words, without the quotation marks; for a quote split by "he
 *                 said" the span runs from the first quoted word to the last
 * @param text     the quoted words (the interrupting attribution left out)
 * @param parts    the quoted segments, in order (one for an unbroken quote)
 * @param speaker  who said it, when the text says
 */
public record Quote(TextSpan span, String text, java.util.List<TextSpan> parts,
                    Optional<Speaker> speaker) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        parts = java.util.List.copyOf(parts);
        Objects.requireNonNull(speaker, "speaker");
    }

    /**
     * The speaker of a quote.
     *
     * @param name    the speaker's canonical name ("Lee Do-hoon")
     * @param mention the mention the attribution rests on ("he" in "he said")
     */
    public record Speaker(String name, TextSpan mention) {
        public Speaker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mention, "mention");
        }
    }
}
