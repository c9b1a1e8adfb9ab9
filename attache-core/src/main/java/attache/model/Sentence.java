package attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One sentence with its tokens and its dependency parse. */
public record Sentence(int index, TextSpan span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The arc whose dependent is the given token, if the parse has one. */
    public Optional<Dependency> headOf(int tokenIndex) {
        return dependencies.stream().filter(d -> d.dependent() == tokenIndex).findFirst();
    }

    /** The arcs that hang under the given token. */
    public List<Dependency> childrenOf(int tokenIndex) {
        return dependencies.stream().filter(d -> d.governor() == tokenIndex).toList();
    }

    /** The head token of a span: the token in it whose governor lies outside it; -1 when none is in it. */
    public int headTokenOf(TextSpan span) {
        int fallback = -1;
        for (Token t : tokens) {
            if (!span.contains(t.span())) {
                continue;
            }
            fallback = t.index();
            int governor = headOf(t.index()).map(Dependency::governor).orElse(Dependency.ROOT);
            if (governor == Dependency.ROOT || !span.contains(tokens.get(governor).span())) {
                return t.index();
            }
        }
        return fallback;
    }

    /** Index of the first token that starts at or after {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.span().contains(offset)) {
                return t.index();
            }
        }
        return -1;
    }
}
