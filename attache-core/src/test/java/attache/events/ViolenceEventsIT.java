package attache.events;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;

/**
 * Violence and coercion (CAMEO 17-20) on sentences of our own through the real pipeline: unknown
 * sources, force against civilians or protesters, and the PLOVER type chosen per code. Each line of
 * {@code events/violence-sentences.tsv} is a pattern one of the sentence's events must match (or,
 * after "NOT ", none may), over "TYPE:CAMEO:SOURCE>TARGET:SOURCE-RULE".
 */
class ViolenceEventsIT {

    @TestFactory
    List<DynamicTest> each_sentence_yields_its_event() throws IOException {
        return EventSentences.from("/events/violence-sentences.tsv");
    }
}
