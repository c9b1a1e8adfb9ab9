package attache.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parse-walking helpers on a hand-built parse of "Officials Denied the report". */
class SentenceTest {

    private static final String TEXT = "Officials Denied the report";

    private static Token token(int index, int start, int end, String lemma) {
        return new Token(index, new TextSpan(start, end), TEXT.substring(start, end), lemma, "X", "O");
    }

    private static final Sentence SENTENCE = new Sentence(0, new TextSpan(0, TEXT.length()),
            List.of(token(0, 0, 9, "official"), token(1, 10, 16, "Deny"), token(2, 17, 20, "the"),
                    token(3, 21, 27, "report")),
            List.of(new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"),
                    new Dependency(3, 2, "det"), new Dependency(1, 3, "obj")));

    @Test
    void the_root_has_no_governing_arc_and_hangs_by_root() {
        assertEquals(Optional.empty(), SENTENCE.governingArc(1));
        assertEquals("root", SENTENCE.relationOf(1));
        assertEquals(Optional.of(new Dependency(1, 3, "obj")), SENTENCE.governingArc(3));
        assertEquals("det", SENTENCE.relationOf(2));
    }

    @Test
    void lemmas_are_read_in_lower_case() {
        assertEquals("deny", SENTENCE.lemmaOf(1));
    }

    @Test
    void a_token_is_dominated_by_itself_and_its_heads_only() {
        assertTrue(SENTENCE.dominates(1, 2), "the verb dominates the object's determiner");
        assertTrue(SENTENCE.dominates(3, 3));
        assertFalse(SENTENCE.dominates(3, 0), "the object does not dominate the subject");
        assertFalse(SENTENCE.dominates(0, 1));
    }

    @Test
    void a_cycle_in_the_parse_does_not_hang_the_walk() {
        Sentence cyclic = new Sentence(0, SENTENCE.span(), SENTENCE.tokens(),
                List.of(new Dependency(1, 0, "nsubj"), new Dependency(0, 1, "dep")));
        assertFalse(cyclic.dominates(3, 0));
    }
}
