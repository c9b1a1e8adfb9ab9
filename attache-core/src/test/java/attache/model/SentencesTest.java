package attache.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    // "Talks resumed. Both sides met." with the gap of one space between the two sentences
    private final List<Sentence> sentences = List.of(
            new Sentence(0, new TextSpan(0, 14), List.of(), List.of()),
            new Sentence(1, new TextSpan(15, 30), List.of(), List.of()));

    @Test
    void a_span_inside_a_sentence_belongs_to_it() {
        assertEquals(OptionalInt.of(0), Sentences.holding(sentences, new TextSpan(0, 6)));
        assertEquals(OptionalInt.of(1), Sentences.holding(sentences, new TextSpan(20, 29)));
    }

    @Test
    void a_span_over_a_boundary_belongs_to_the_sentence_it_starts_in() {
        assertEquals(OptionalInt.of(0), Sentences.holding(sentences, new TextSpan(7, 20)));
    }

    @Test
    void a_span_starting_in_the_gap_belongs_to_the_next_sentence() {
        assertEquals(OptionalInt.of(1), Sentences.holding(sentences, new TextSpan(14, 20)));
    }

    @Test
    void a_span_outside_every_sentence_belongs_to_none() {
        assertEquals(OptionalInt.empty(), Sentences.holding(sentences, new TextSpan(30, 34)));
        assertEquals(OptionalInt.empty(), Sentences.holding(List.of(), new TextSpan(0, 1)));
    }
}
