package attache.model;

import java.util.Objects;

/** A span of the article text that is not part of the body, and why. */
public record Boilerplate(TextSpan span, BoilerplateKind kind, String text) {

    public Boilerplate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
