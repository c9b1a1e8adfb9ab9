package attache.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyTextTest {

    private static Boilerplate bp(String text, String part, BoilerplateKind kind) {
        int start = text.indexOf(part);
        return new Boilerplate(new TextSpan(start, start + part.length()), kind, part);
    }

    @Test
    void drops_whole_boilerplate_paragraphs() {
        String text = "First paragraph.\n\nA caption. (Agency)\n\nLast paragraph.";
        BodyText body = BodyText.of(text, List.of(bp(text, "A caption. (Agency)", BoilerplateKind.CAPTION)));
        assertEquals("First paragraph.\n\nLast paragraph.", body.text());
        assertEquals(2, body.segments().size());
        assertEquals("Last paragraph.", body.segments().get(1).of(text));
    }

    @Test
    void trims_inline_credit_at_paragraph_end() {
        String text = "The talks ended. (Agency)\n\nFooter line";
        BodyText body = BodyText.of(text, List.of(bp(text, "(Agency)", BoilerplateKind.AGENCY_CREDIT),
                bp(text, "Footer line", BoilerplateKind.COPYRIGHT)));
        assertEquals("The talks ended.", body.text());
    }

    @Test
    void blanking_keeps_length_and_line_breaks() {
        String text = "Body.\n\nCredit\nline";
        String blanked = BodyText.blank(text, List.of(bp(text, "Credit\nline", BoilerplateKind.PHOTO_CREDIT)));
        assertEquals(text.length(), blanked.length());
        assertEquals("Body.\n\n      \n    ", blanked);
    }

    @Test
    void text_without_boilerplate_is_its_own_body() {
        assertEquals("One.\n\nTwo.", BodyText.of("One.\n\nTwo.", List.of()).text());
    }
}
