package attache.claims;

import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A sentence's dependency tree read the ways claims need: subtrees, heads, children by relation. */
final class Tree {

    private final Sentence sentence;

    Tree(Sentence sentence) {
        this.sentence = sentence;
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    String lemma(int index) {
        return sentence.lemmaOf(index);
    }

    int size() {
        return sentence.tokens().size();
    }

    Optional<Dependency> head(int token) {
        return sentence.governingArc(token);
    }

    String relation(int token) {
        return sentence.relationOf(token);
    }

    List<Integer> children(int token, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.childrenOf(token)) {
            if (relations.contains(d.relation()) || relations.contains(base(d.relation()))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * The first {@code subject} child of {@code verb}, or of the verb it continues: while a verb has
     * none and hangs by one of {@code sharing} ("described … and said"), its head is asked, up to
     * three verbs in all.
     */
    OptionalInt subjectOf(int verb, Set<String> subject, Set<String> sharing) {
        int v = verb;
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> subjects = children(v, subject);
            if (!subjects.isEmpty()) {
                return OptionalInt.of(subjects.get(0));
            }
            Optional<Dependency> head = head(v);
            if (head.isEmpty() || !sharing.contains(head.get().relation())) {
                break;
            }
            v = head.get().governor();
        }
        return OptionalInt.empty();
    }

    /** Whether {@code token} lies in the subtree under {@code root}. */
    boolean dominates(int root, int token) {
        return sentence.dominates(root, token);
    }

    /**
     * First and last token of the clause under {@code root}, leaving out a coordinated clause with
     * a subject of its own that the parser hung inside it ("demanded the North take steps first,
     * but Pyongyang has insisted …"): that is another clause, not part of this one.
     */
    int[] clauseExtent(int root) {
        int first = root;
        int last = root;
        for (Token t : sentence.tokens()) {
            if (dominates(root, t.index()) && !inOwnClause(root, t.index())) {
                first = Math.min(first, t.index());
                last = Math.max(last, t.index());
            }
        }
        return new int[] {first, last};
    }

    private boolean inOwnClause(int root, int token) {
        int t = token;
        for (int guard = 0; guard < 64 && t >= 0 && t != root; guard++) {
            Optional<Dependency> h = sentence.headOf(t);
            if (h.isEmpty()) {
                return false;
            }
            if ((h.get().relation().equals("conj") || h.get().relation().equals("parataxis"))
                    && !children(t, Set.of("nsubj", "nsubj:pass")).isEmpty()) {
                return true;
            }
            t = h.get().governor();
        }
        return false;
    }

    /** First and last token index of the subtree under {@code root}. */
    int[] extent(int root) {
        int first = root;
        int last = root;
        for (Token t : sentence.tokens()) {
            if (dominates(root, t.index())) {
                first = Math.min(first, t.index());
                last = Math.max(last, t.index());
            }
        }
        return new int[] {first, last};
    }

    /** The characters from the first to the last token of the subtree, punctuation at its edges left out. */
    TextSpan span(int root) {
        int[] e = extent(root);
        return span(e[0], e[1]);
    }

    /** The characters of tokens {@code first} to {@code last}, punctuation and quote marks at the edges left out. */
    TextSpan span(int first, int last) {
        int a = first;
        int b = last;
        while (a < b && isEdgePunctuation(a)) {
            a++;
        }
        while (b > a && isEdgePunctuation(b)) {
            b--;
        }
        return new TextSpan(token(a).span().start(), token(b).span().end());
    }

    /** The token at a character offset, or -1. */
    int tokenAt(int offset) {
        return sentence.tokenAt(offset);
    }

    private boolean isEdgePunctuation(int i) {
        String pos = token(i).pos();
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
                || pos.equals("-LRB-") || pos.equals("-RRB-");
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
