package attache.quotes;

import attache.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpanFinderTest {

    private final QuoteSpanFinder finder = new QuoteSpanFinder();

    private List<String> quoted(String text) {
        return finder.find(text).stream()
                .map(p -> String.join(" | ", p.parts().stream().map(s -> s.of(text)).toList()))
                .toList();
    }

    @Test
    void finds_straight_quote_without_its_marks() {
        assertEquals(List.of("The harbour reopens Monday."),
                quoted("The mayor said: \"The harbour reopens Monday.\" Nobody objected."));
    }

    @Test
    void finds_curly_quotes_and_guillemets() {
        assertEquals(List.of("We are ready,", "Nous sommes prêts"),
                quoted("“We are ready,” the coach said, and in French «Nous sommes prêts»."));
    }

    @Test
    void nested_single_quotes_stay_inside_the_double_quote() {
        assertEquals(List.of("She told me ‘never again’ and meant it"),
                quoted("\"She told me ‘never again’ and meant it\", the aide said."));
    }

    @Test
    void apostrophes_do_not_open_quotes() {
        assertEquals(List.of(), quoted("The council’s vote didn’t pass, and the mayor’s aides left."));
    }

    @Test
    void quote_running_over_paragraphs_is_one_quote() {
        String text = "\"The river rose overnight. Farmers lost their barns.\n\n"
                + "\"Now we rebuild,\" the governor said.";
        List<QuotedPassage> found = finder.find(text);
        assertEquals(1, found.size());
        assertEquals(List.of("The river rose overnight. Farmers lost their barns.", "Now we rebuild,"),
                found.get(0).parts().stream().map(s -> s.of(text)).toList());
        assertEquals(0, found.get(0).outer().start());
    }

    @Test
    void unclosed_mark_without_continuation_is_dropped() {
        assertEquals(List.of("Fine,"),
                quoted("He wrote \"maybe later and left.\n\nThe next day: \"Fine,\" she replied."));
    }

    @Test
    void a_second_opening_mark_restarts_after_a_stray_one() {
        assertEquals(List.of("Yes, we will."), quoted("A stray “ mark, then “Yes, we will.” came."));
    }

    @Test
    void offsets_exclude_marks_and_surrounding_space() {
        String text = "Then: \" spaced words \" ended.";
        TextSpan part = finder.find(text).get(0).parts().get(0);
        assertEquals("spaced words", part.of(text));
        assertTrue(text.charAt(finder.find(text).get(0).outer().start()) == '"');
    }
}
