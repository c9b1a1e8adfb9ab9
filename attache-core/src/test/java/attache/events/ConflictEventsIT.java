package attache.events;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;

/**
 * The conflictual families of the event coder (CAMEO roots 09-20, appeals 02) on sentences of our own
 * through the real pipeline: each line of {@code events/conflict-sentences.tsv} names a PLOVER type
 * the sentence must yield, or with "NOT " one it must not (a background act); see {@link EventSentences}.
 */
class ConflictEventsIT {

    @TestFactory
    List<DynamicTest> each_sentence_yields_its_type() throws IOException {
        return EventSentences.from("/events/conflict-sentences.tsv");
    }
}
