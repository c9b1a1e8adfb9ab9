package attache.clean;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.Layer;
import attache.model.TextSpan;
import attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateStripperTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);
    private static final String LEAD = "The ministry said on Tuesday that the road would open in May.";

    private final BoilerplateStripper stripper = new BoilerplateStripper();

    private AnalyzedArticle strip(String text, List<Boilerplate> layout) {
        Article article = new Article("t", null, PUBLISHED, null, text, "test", layout);
        return stripper.apply(AnalyzedArticle.of(article));
    }

    private List<String> found(String text) {
        return strip(text, List.of()).boilerplate().stream().map(b -> b.kind().label() + ": " + b.text()).toList();
    }

    @Test
    void is_a_stage_named_boilerplate_that_needs_nothing() {
        assertEquals("boilerplate", stripper.name());
        assertEquals(Set.of(), stripper.requires());
        assertEquals(Set.of(Layer.BOILERPLATE), stripper.provides());
        AnalyzedArticle out = Pipeline.of(stripper).apply(new Article("t", null, PUBLISHED, null, LEAD, "test"));
        assertTrue(out.layers().contains(Layer.BOILERPLATE));
    }

    @Test
    void drops_korean_copyright_footer() {
        String footer = "저작권자 © 코리아포스트 무단전재 및 재배포 금지";
        assertEquals(List.of("copyright: " + footer), found(LEAD + "\n\n" + footer));
        assertEquals(LEAD, strip(LEAD + "\n\n" + footer, List.of()).body().text());
    }

    @Test
    void drops_agency_credit_but_keeps_the_sentence_before_it() {
        AnalyzedArticle out = strip(LEAD + " (Yonhap)", List.of());
        assertEquals(LEAD, out.body().text());
        assertEquals(BoilerplateKind.AGENCY_CREDIT, out.boilerplate().get(0).kind());
    }

    @Test
    void drops_photo_credit_inside_a_body_line() {
        String text = "Rescuers search the rubble. (AP Photo/Jane Roe) " + LEAD;
        assertEquals(List.of("photo_credit: (AP Photo/Jane Roe)"), found(text));
    }

    @Test
    void drops_byline_with_agency_and_email_line() {
        assertEquals(List.of("byline: By Jane Doe, Reuters", "byline: Email: jane.doe@example.org"),
                found("By Jane Doe, Reuters\n\n" + LEAD + "\n\nEmail: jane.doe@example.org"));
    }

    @Test
    void drops_getty_credit_line_and_keeps_getty_sentence() {
        String sentence = "Getty Images said on Monday that it would cut prices.";
        assertEquals(List.of("photo_credit: AFP via Getty Images"), found("AFP via Getty Images\n\n" + sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By the end of the year, the ministry expects the road to open.",
            "By Monday, the two sides had agreed to meet again.",
            "Copyright law has not changed since 2012, lawyers said.",
            "A photo of the signing ceremony was released by the ministry.",
            "The photo shows how crowded the crossing had become, residents said.",
            "Reporting by the state broadcaster suggested the talks had stalled.",
            "Officials said all rights reserved under the old treaty would lapse.",
            "Click counts on the ministry website doubled after the announcement.",
            "Related talks are planned for next month in Geneva.",
            "Follow-up talks are due on Friday.",
            "The Associated Press (AP) and Reuters both reported the move.",
            "The minister speaks at the forum in Seoul on March 14, 2024, officials said. (Yonhap)"})
    void keeps_body_sentences_that_only_look_like_boilerplate(String sentence) {
        AnalyzedArticle out = strip(sentence, List.of());
        String body = out.body().text();
        String withoutCredit = sentence.replace(" (Yonhap)", "");
        assertEquals(withoutCredit, body, () -> "removed: " + out.boilerplate());
    }

    @Test
    void keeps_sentence_starting_with_by() {
        String text = "By the end of the year, lawmakers will return to the budget.";
        assertEquals(List.of(), found(text));
    }

    @Test
    void keeps_layout_spans_and_drops_detections_inside_them() {
        String footer = "© 2024 Example News";
        String text = LEAD + "\n\n" + footer;
        TextSpan span = new TextSpan(LEAD.length() + 2, text.length());
        Boilerplate layout = new Boilerplate(span, BoilerplateKind.NAVIGATION, footer);
        AnalyzedArticle out = strip(text, List.of(layout));
        assertEquals(List.of(layout), out.boilerplate());
    }

    @Test
    void prefers_the_caption_paragraph_over_the_credit_inside_it() {
        String caption = "Minister Park poses for a photo in Seoul on March 4, 2024. (Yonhap)";
        assertEquals(List.of("caption: " + caption), found(LEAD + "\n\n" + caption));
    }

    @Test
    void records_the_dateline_and_blanks_it_for_analysis() {
        String text = "SEOUL, March 4 (Yonhap) -- " + LEAD;
        AnalyzedArticle out = strip(text, List.of());
        assertEquals(LocalDate.of(2024, 3, 4), out.dateline().orElseThrow().date());
        assertEquals(LEAD, out.body().text());
        assertEquals(text.length(), out.analysisText().length());
    }
}
