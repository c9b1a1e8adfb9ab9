package attache.events;

import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks a sentence's dependency parse along the lexicon's argument paths. */
final class ParseWalker {

    private final Sentence sentence;

    ParseWalker(Sentence sentence) {
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

    /**
     * The tagger leaves some plurals unlemmatised ("troops"), so a lexicon word "troop" also
     * accepts the plain plural: the lemma without a final s.
     */
    static String singular(String lemma) {
        return lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss") ? lemma.substring(0, lemma.length() - 1)
                : lemma;
    }

    /** The tokens at the end of the path from {@code from}; a passive clause's subject plays its object. */
    List<Integer> follow(int from, ArgumentPath path) {
        List<Integer> current = List.of(from);
        boolean first = true;
        for (Arc arc : path.arcs()) {
            List<Integer> next = new ArrayList<>();
            for (int t : current) {
                next.addAll(step(t, first ? activeArc(t, arc) : arc));
            }
            current = next;
            first = false;
        }
        return current;
    }

    /** Frames are written in the active voice: in a passive clause, obj is nsubj:pass and nsubj the by-phrase. */
    private Arc activeArc(int predicate, Arc arc) {
        if (!isPassive(predicate)) {
            return arc;
        }
        if (arc.relation().equals("obj") && arc.marker().isEmpty()) {
            return Arc.of("nsubj:pass");
        }
        if (arc.relation().equals("nsubj")) {
            return Arc.marked("obl", "by");
        }
        return arc;
    }

    boolean isPassive(int predicate) {
        return sentence.childrenOf(predicate).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass"));
    }

    private List<Integer> step(int from, Arc arc) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : childArcs(from)) {
            if (matches(d, arc)) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty() && arc.relation().equals("obj") && arc.marker().isEmpty()) {
            out.addAll(shiftedObjects(from));
        }
        if (out.isEmpty() && arc.relation().equals("obj") && arc.marker().isEmpty()) {
            out.addAll(reducedRelativeObjects(from));
        }
        return out;
    }

    /**
     * An object described by a reduced relative ("will return weapons seized last year") is now and
     * then parsed as the subject of the participle, which hangs as a bare dep of the verb: a verb
     * with no object of its own takes that noun, between the verb and a participle without
     * auxiliaries, as its object.
     */
    private List<Integer> reducedRelativeObjects(int verb) {
        if (!token(verb).pos().startsWith("VB")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.childrenOf(verb)) {
            int participle = d.dependent();
            if (!d.relation().equals("dep") || !token(participle).pos().equals("VBN") || participle < verb
                    || sentence.childrenOf(participle).stream().anyMatch(a -> a.relation().startsWith("aux"))) {
                continue;
            }
            for (int s : children(participle, "nsubj")) {
                if (s > verb && s < participle && token(s).pos().startsWith("NN")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * A heavy object moved past a time or an as-phrase ("rejected on Thursday a United Nations
     * appeal", "denounced as a crime Serbia's crackdown"): the parser hangs it as a bare dep of
     * the word before it, so a verb with no object of its own takes that noun as its object.
     */
    private List<Integer> shiftedObjects(int verb) {
        if (!token(verb).pos().startsWith("VB")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.childrenOf(verb)) {
            String rel = d.relation();
            boolean interposed = rel.equals("obl:tmod") || rel.equals("obl:npmod") || rel.equals("obl:as")
                    || (rel.equals("obl") && hasCase(d.dependent(), "as"))
                    || ((rel.equals("obl") || rel.equals("obl:to")) && hasCase(d.dependent(), "to"));
            if (!interposed) {
                continue;
            }
            for (Dependency inner : sentence.childrenOf(d.dependent())) {
                // also past the recipient: "handed over to Britain two of its nationals"
                String pos = token(inner.dependent()).pos();
                if (inner.relation().equals("dep") && (pos.startsWith("NN") || pos.equals("CD"))
                        && inner.dependent() > d.dependent()) {
                    out.add(inner.dependent());
                }
            }
        }
        return out;
    }

    private boolean matches(Dependency d, Arc arc) {
        String rel = d.relation();
        if (arc.marker().isEmpty()) {
            return rel.equals(arc.relation());
        }
        String marker = arc.marker().get();
        boolean relationFits = rel.equals(arc.relation()) || rel.equals(arc.relation() + ":" + marker)
                || (marker.equals("by") && rel.equals(arc.relation() + ":agent"));
        return relationFits && (rel.contains(":") || hasCase(d.dependent(), marker));
    }

    boolean hasCase(int token, String marker) {
        for (Dependency d : sentence.childrenOf(token)) {
            if ((d.relation().equals("case") || d.relation().equals("mark"))
                    && lemma(d.dependent()).equals(marker.replace('_', ' '))) {
                return true;
            }
        }
        return false;
    }

    /** The verb whose shifted object the noun is (see {@link #shiftedObjects}), if it is one. */
    Optional<Integer> shiftedObjectOf(int noun) {
        Optional<Dependency> up = head(noun).filter(d -> d.relation().equals("dep"));
        if (up.isEmpty()) {
            return Optional.empty();
        }
        return head(up.get().governor()).map(Dependency::governor)
                .filter(verb -> hasNoObject(verb) && shiftedObjects(verb).contains(noun));
    }

    private boolean hasNoObject(int verb) {
        return children(verb, "obj").isEmpty();
    }

    /** The token's head, if it has one. */
    Optional<Dependency> head(int token) {
        return sentence.governingArc(token).map(this::repaired);
    }

    String relation(int token) {
        return head(token).map(Dependency::relation).orElse(sentence.relationOf(token));
    }

    List<Integer> children(int token, String relation) {
        return childArcs(token).stream().filter(d -> d.relation().equals(relation))
                .map(Dependency::dependent).toList();
    }

    private List<Dependency> childArcs(int token) {
        return sentence.childrenOf(token).stream().map(this::repaired).toList();
    }

    /**
     * A bare infinitive is never an object: "help support the rights of", "let them go" are parsed
     * now and then with the verb as the object; it is the verb's open clausal complement (xcomp),
     * so that its doer is the controlling verb's subject and no constraint on an object reads it.
     */
    private Dependency repaired(Dependency d) {
        return d.relation().equals("obj") && token(d.dependent()).pos().equals("VB")
                ? new Dependency(d.governor(), d.dependent(), "xcomp") : d;
    }

    /** Whether {@code token} lies in the subtree under {@code root}. */
    boolean dominates(int root, int token) {
        return sentence.dominates(root, token);
    }

    /** The token and its conjuncts ("South Korea and the United States"). */
    List<Integer> withConjuncts(int token) {
        List<Integer> out = new ArrayList<>();
        out.add(token);
        for (int c : children(token, "conj")) {
            out.addAll(withConjuncts(c));
        }
        return out;
    }
}
