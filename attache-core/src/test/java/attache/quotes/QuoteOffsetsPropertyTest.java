package attache.quotes;

import attache.model.Quote;
import attache.model.TextSpan;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the text, a quote's text is its parts' characters joined by spaces, its span runs from
 * the first part to the last, and no part starts or ends with a quotation mark or a space.
 */
class QuoteOffsetsPropertyTest {

    private static final String[] PIECES = {"word", "two words", " ", "\"", "“", "”", "«", "»", "‘", "’",
        ", he said, ", ". ", "\n\n", "\n\n\"", "it’s", "—", "?", "A", "“Quoted text here,” she said. "};

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 5 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @RepeatedTest(300)
    void passages_exclude_marks_and_spaces(RepetitionInfo info) {
        String text = randomText(new Random(info.getCurrentRepetition()));
        for (QuotedPassage p : new QuoteSpanFinder().find(text)) {
            assertTrue(QuoteMarks.isDouble(text.charAt(p.outer().start())), text);
            assertTrue(QuoteMarks.isDouble(text.charAt(p.outer().end() - 1)), text);
            for (TextSpan part : p.parts()) {
                assertTrue(p.outer().contains(part), text);
                String s = part.of(text);
                assertFalse(s.isBlank(), text);
                assertEquals(s.strip(), s, text);
                assertFalse(QuoteMarks.isDouble(s.charAt(0)) && part.start() == p.outer().start() + 1, text);
            }
            QuoteGroup group = QuoteGroup.of(p);
            assertEquals(String.join(" ", p.parts().stream().map(t -> t.of(text)).toList()), group.text(text));
        }
    }

    @Test
    void quotes_of_the_hand_parsed_stories_keep_the_invariant() {
        List<ParseFixture> stories = List.of(Stories.splitQuote(), Stories.pronounAfterTwoPeople(),
                Stories.placeDescribes(), Stories.bareParagraphQuote(), Stories.roleNoun());
        QuoteExtractor extractor = new QuoteExtractor();
        List<Quote> all = new ArrayList<>();
        for (ParseFixture story : stories) {
            String text = story.text();
            for (Quote q : extractor.extract(story.parsed(), text)) {
                all.add(q);
                String joined = String.join(" ", q.parts().stream().map(t -> t.of(text)).toList());
                assertEquals(joined, q.text());
                if (q.parts().size() == 1) {
                    assertEquals(q.span().of(text), q.text());
                }
                assertEquals(q.parts().get(0).start(), q.span().start());
                assertEquals(q.parts().get(q.parts().size() - 1).end(), q.span().end());
                for (TextSpan part : q.parts()) {
                    assertTrue(QuoteMarks.isDouble(text.charAt(part.start() - 1)), text);
                    assertTrue(QuoteMarks.isDouble(text.charAt(part.end())), text);
                }
            }
        }
        assertEquals(6, all.size());
    }
}
