package attache.time;

import attache.model.AnalyzedArticle;
import attache.model.TimeExpression;
import attache.model.TimexType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on a hand-parsed sentence; the stories are published on Monday 7 October 2019. */
class TimeResolverTest {

    private static final String MONDAY = "2019-10-07";
    private final TimeResolver resolver = new TimeResolver();

    private List<TimeExpression> resolve(Story story) {
        AnalyzedArticle out = resolver.apply(story.analysed());
        return out.times();
    }

    private TimeExpression only(Story story) {
        List<TimeExpression> times = resolve(story);
        assertEquals(1, times.size(), () -> "expected one expression, got " + times);
        return times.get(0);
    }

    @Test
    void bare_weekday_in_past_narration_is_the_previous_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("Delegates", "NNS", 1, "nsubj").word("gathered", "VBD", "gather", -1, "root")
                .word("on", "IN", 3, "case").word("Saturday", "NNP", 1, "obl")
                .tagged("Saturday", TimexType.DATE, "2019-10-12");
        TimeExpression t = only(s);
        assertEquals("2019-10-05", t.value());
        assertEquals("weekday_tense", t.detector());
    }

    @Test
    void weekday_of_publication_in_past_narration_is_that_day() {
        Story s = Story.publishedOn(MONDAY)
                .word("The", "DT", 1, "det").word("minister", "NN", 2, "nsubj")
                .word("spoke", "VBD", "speak", -1, "root").word("Monday", "NNP", 2, "obl:tmod")
                .tagged("Monday", TimexType.DATE, "2019-10-14");
        assertEquals("2019-10-07", only(s).value());
    }

    @Test
    void until_weekday_is_the_next_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("She", "PRP", 1, "nsubj").word("intends", "VBZ", "intend", -1, "root")
                .word("to", "TO", 3, "mark").word("remain", "VB", 1, "xcomp")
                .word("until", "IN", 5, "case").word("Thursday", "NNP", 3, "obl")
                .tagged("Thursday", TimexType.DATE, "2019-10-03");
        assertEquals("2019-10-10", only(s).value());
    }

    @Test
    void weekday_under_will_is_the_next_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("Envoys", "NNS", 2, "nsubj").word("will", "MD", 2, "aux")
                .word("return", "VB", -1, "root").word("Saturday", "NNP", 2, "obl:tmod")
                .tagged("Saturday", TimexType.DATE, "2019-10-05");
        assertEquals("2019-10-12", only(s).value());
    }

    @Test
    void last_week_is_previous_iso_week() {
        Story s = Story.publishedOn(MONDAY)
                .word("Talks", "NNS", 1, "nsubj").word("stalled", "VBD", "stall", -1, "root")
                .word("last", "JJ", 3, "amod").word("week", "NN", 1, "obl:tmod")
                .tagged("last week", TimexType.DATE, "2019-W41");
        TimeExpression t = only(s);
        assertEquals("2019-W40", t.value());
        assertEquals("calendar_unit", t.detector());
    }

    @Test
    void next_week_and_this_month_count_from_the_publication_date() {
        Story s = Story.publishedOn(MONDAY)
                .word("next", "JJ", 1, "amod").word("week", "NN", -1, "root")
                .word("this", "DT", 3, "det").word("month", "NN", 1, "dep")
                .tagged("next week", TimexType.DATE, "").tagged("this month", TimexType.DATE, "");
        List<TimeExpression> times = resolve(s);
        assertEquals("2019-W42", times.get(0).value());
        assertEquals("2019-10", times.get(1).value());
    }

    @Test
    void weekend_in_past_narration_is_the_past_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("The", "DT", 1, "det").word("weekend", "NN", 3, "nmod:poss").word("'s", "POS", 1, "case")
                .word("meeting", "NN", 4, "nsubj").word("ended", "VBD", "end", -1, "root")
                .tagged("The weekend", TimexType.DATE, "2019-W41-WE");
        assertEquals("2019-W40-WE", only(s).value());
    }

    @Test
    void weekend_in_future_narration_is_the_coming_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("They", "PRP", 2, "nsubj").word("will", "MD", 2, "aux").word("meet", "VB", -1, "root")
                .word("over", "IN", 5, "case").word("the", "DT", 5, "det").word("weekend", "NN", 2, "obl")
                .tagged("the weekend", TimexType.DATE, "2019-W40-WE");
        assertEquals("2019-W41-WE", only(s).value());
    }

    @Test
    void month_in_past_narration_is_the_past_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("He", "PRP", 2, "nsubj:pass").word("was", "VBD", "be", 2, "aux:pass")
                .word("dismissed", "VBN", "dismiss", -1, "root").word("in", "IN", 4, "case")
                .word("December", "NNP", 2, "obl")
                .tagged("December", TimexType.DATE, "2019-12");
        TimeExpression t = only(s);
        assertEquals("2018-12", t.value());
        assertEquals("month_tense", t.detector());
    }

    @Test
    void month_in_future_narration_is_the_next_one() {
        Story s = Story.publishedOn(MONDAY)
                .word("Voters", "NNS", 2, "nsubj").word("will", "MD", 2, "aux").word("decide", "VB", -1, "root")
                .word("in", "IN", 4, "case").word("March", "NNP", 2, "obl")
                .tagged("March", TimexType.DATE, "2019-03");
        assertEquals("2020-03", only(s).value());
    }

    @Test
    void month_name_the_tagger_missed_is_spotted() {
        Story s = Story.publishedOn(MONDAY)
                .word("April", "NNP", 2, "nmod:poss").word("'s", "POS", 0, "case")
                .word("vote", "NN", 3, "nsubj").word("failed", "VBD", "fail", -1, "root");
        TimeExpression t = only(s);
        assertEquals("April", t.text());
        assertEquals("2019-04", t.value());
    }

    @Test
    void years_ago_is_a_year_not_a_day() {
        Story s = Story.publishedOn(MONDAY)
                .word("It", "PRP", 1, "nsubj").word("opened", "VBD", "open", -1, "root")
                .word("three", "CD", 3, "nummod").word("years", "NNS", 4, "obl:npmod").word("ago", "RB", 1, "advmod")
                .tagged("three years ago", TimexType.DATE, "2016-10-07");
        assertEquals("2016", only(s).value());
    }

    @Test
    void amount_of_weeks_is_a_duration() {
        Story s = Story.publishedOn(MONDAY)
                .word("They", "PRP", 1, "nsubj").word("return", "VBP", -1, "root").word("in", "IN", 4, "case")
                .word("two", "CD", 4, "nummod").word("weeks", "NNS", 1, "obl")
                .tagged("two weeks", TimexType.DURATION, "P2W");
        TimeExpression t = only(s);
        assertEquals("P2W", t.value());
        assertEquals(TimexType.DURATION, t.type());
    }

    @Test
    void vague_present_is_present_ref() {
        Story s = Story.publishedOn(MONDAY)
                .word("Things", "NNS", 1, "nsubj").word("are", "VBP", "be", -1, "root").word("hard", "JJ", 1, "xcomp")
                .word("at", "IN", 5, "case").word("the", "DT", 5, "det").word("moment", "NN", 2, "obl");
        TimeExpression t = only(s);
        assertEquals("at the moment", t.text());
        assertEquals("PRESENT_REF", t.value());
    }

    @Test
    void weekday_and_part_of_day_are_one_expression() {
        Story s = Story.publishedOn(MONDAY)
                .word("Fighting", "NN", 1, "nsubj").word("resumed", "VBD", "resume", -1, "root")
                .word("Sunday", "NNP", 3, "compound").word("night", "NN", 1, "obl:tmod")
                .tagged("Sunday", TimexType.DATE, "2019-10-13").tagged("night", TimexType.TIME, "TNI");
        TimeExpression t = only(s);
        assertEquals("Sunday night", t.text());
        assertEquals("2019-10-06TNI", t.value());
        assertEquals(TimexType.TIME, t.type());
    }

    @Test
    void drops_junk_values() {
        Story s = Story.publishedOn(MONDAY)
                .word("the", "DT", 1, "det").word("second", "JJ", -1, "root")
                .tagged("second", TimexType.DATE, "2019-02 INTERSECT PT1S");
        assertTrue(resolve(s).isEmpty());
    }

    @Test
    void drops_ages() {
        Story s = Story.publishedOn(MONDAY)
                .word("a", "DT", 1, "det").word("40-year-old", "JJ", 2, "amod").word("man", "NN", -1, "root")
                .tagged("40-year-old", TimexType.DURATION, "P40Y");
        assertTrue(resolve(s).isEmpty());
    }

    @Test
    void keeps_absolute_tagger_value() {
        Story s = Story.publishedOn(MONDAY)
                .word("on", "IN", 1, "case").word("Oct.", "NNP", -1, "root").word("7", "CD", 1, "nummod")
                .word(",", ",", 1, "punct").word("2019", "CD", 1, "nummod")
                .tagged("Oct. 7 , 2019", TimexType.DATE, "2019-10-07");
        TimeExpression t = only(s);
        assertEquals("2019-10-07", t.value());
        assertEquals("sutime", t.detector());
    }

    @Test
    void decade_is_truncated_year() {
        Story s = Story.publishedOn(MONDAY)
                .word("in", "IN", 2, "case").word("the", "DT", 2, "det").word("1980s", "NNS", -1, "root")
                .tagged("the 1980s", TimexType.DATE, "198X");
        assertEquals("198", only(s).value());
    }

    @Test
    void amount_from_now_is_a_duration_and_now() {
        Story s = Story.publishedOn(MONDAY)
                .word("ten", "CD", 1, "nummod").word("years", "NNS", -1, "root")
                .word("from", "IN", 3, "case").word("now", "RB", 1, "nmod")
                .tagged("ten years from now", TimexType.DATE, "2029-10-07");
        List<TimeExpression> times = resolve(s);
        assertEquals(List.of("P10Y", "PRESENT_REF"), times.stream().map(TimeExpression::value).toList());
    }

    @Test
    void every_morning_is_a_set() {
        Story s = Story.publishedOn(MONDAY)
                .word("every", "DT", 1, "det").word("morning", "NN", -1, "root")
                .tagged("every morning", TimexType.SET, "TMO");
        TimeExpression t = only(s);
        assertEquals("XXXX-XX-XXTMO", t.value());
        assertEquals(TimexType.SET, t.type());
    }
}
