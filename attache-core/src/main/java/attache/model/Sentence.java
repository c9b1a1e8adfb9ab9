package attache.model;

import java.util.List;
import java.util.Locale;
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

    /** The arc from the token's head, none for the root (nor for a token the parse left out). */
    public Optional<Dependency> governingArc(int tokenIndex) {
        return headOf(tokenIndex).filter(d -> d.governor() >= 0);
    }

    /** The relation the token hangs by; "root" for the root (and a token the parse left out). */
    public String relationOf(int tokenIndex) {
        return headOf(tokenIndex).map(Dependency::relation).orElse("root");
    }

    /** The token's lemma in lower case, as the lexicons list them. */
    public String lemmaOf(int tokenIndex) {
        return tokens.get(tokenIndex).lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code token} lies in the subtree under {@code root}. The walk up stops after 64 heads, so
     * a parse with a cycle cannot hang it.
     */
    public boolean dominates(int root, int token) {
        int t = token;
        for (int guard = 0; guard < 64 && t >= 0; guard++) {
            if (t == root) {
                return true;
            }
            t = headOf(t).map(Dependency::governor).orElse(-1);
        }
        return false;
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
