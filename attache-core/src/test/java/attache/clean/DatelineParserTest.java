package attache.clean;

import attache.model.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    private Dateline parse(String text, LocalDate published) {
        return parser.parse(text, Optional.ofNullable(published)).orElseThrow();
    }

    @Test
    void reads_place_date_and_agency_of_a_yonhap_dateline() {
        String text = "SEOUL, Oct. 7 (Yonhap) -- The envoy left for talks.";
        Dateline d = parse(text, LocalDate.of(2019, 10, 7));
        assertEquals("SEOUL", d.place());
        assertEquals(LocalDate.of(2019, 10, 7), d.date());
        assertEquals("SEOUL, Oct. 7 (Yonhap) --", d.span().of(text));
    }

    @Test
    void reads_a_dateline_with_region_and_no_date() {
        String text = "KYIV, Ukraine — Sirens sounded across the city.";
        Dateline d = parse(text, LocalDate.of(2024, 1, 2));
        assertEquals("KYIV, Ukraine", d.place());
        assertNull(d.date());
        assertEquals("KYIV, Ukraine —", d.span().of(text));
    }

    @Test
    void reads_day_before_month() {
        Dateline d = parse("Paris, 3 March (AFP) - Talks resumed.", LocalDate.of(2025, 3, 4));
        assertEquals("Paris", d.place());
        assertEquals(LocalDate.of(2025, 3, 3), d.date());
    }

    @Test
    void reads_multi_word_place_and_slash_agency() {
        String text = "NEW YORK, Sept. 30 /Xinhua/ -- Stocks fell.";
        Dateline d = parse(text, LocalDate.of(2020, 9, 30));
        assertEquals("NEW YORK", d.place());
        assertEquals("NEW YORK, Sept. 30 /Xinhua/ --", d.span().of(text));
    }

    @Test
    void takes_last_year_for_a_december_dateline_published_in_january() {
        Dateline d = parse("TOKYO, Dec. 31 (Kyodo) - Bells rang.", LocalDate.of(2020, 1, 1));
        assertEquals(LocalDate.of(2019, 12, 31), d.date());
    }

    @Test
    void allows_one_day_ahead_of_publication_for_time_zones() {
        Dateline d = parse("SEOUL, Oct. 8 (Yonhap) -- Talks ended.", LocalDate.of(2019, 10, 7));
        assertEquals(LocalDate.of(2019, 10, 8), d.date());
    }

    @Test
    void without_publication_takes_year_from_same_day_in_text() {
        String text = "SEOUL, Oct. 7 (Yonhap) -- Talks began in 2018.\n\nThe envoy speaks on Oct. 7, 2019. (Yonhap)";
        assertEquals(LocalDate.of(2019, 10, 7), parse(text, null).date());
    }

    @Test
    void without_publication_takes_year_of_nearest_full_date() {
        String text = "LONDON, March 3 (AFP) — The deal, first agreed on Jan. 5, 2021, was revised in 2016 terms.";
        assertEquals(LocalDate.of(2021, 3, 3), parse(text, null).date());
    }

    @Test
    void without_publication_skips_deadline_years() {
        String text = "BERLIN, May 2 (dpa) - The plan aims for neutrality by 2045, a goal first set in 2021.";
        assertEquals(LocalDate.of(2021, 5, 2), parse(text, null).date());
    }

    @Test
    void without_publication_or_years_leaves_date_empty() {
        assertNull(parse("ROME, June 4 (ANSA) - Rain fell.", null).date());
    }

    @Test
    void finds_dateline_after_a_title_and_byline() {
        String text = "Rates on hold\n\nBy Jane Doe\n\nFRANKFURT (Reuters) - The bank held rates.";
        assertEquals("FRANKFURT", parse(text, LocalDate.of(2024, 6, 6)).place());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE — Officials revised the toll.",
            "EXCLUSIVE - The firm plans to cut jobs.",
            "By the end of the year, the road will open.",
            "Washington - the capital - was quiet.",
            "The minister, March 3 — no, March 4 — arrived.",
            "South Korea and the United States will seek ways to keep talking."})
    void finds_no_dateline_in_ordinary_openings(String text) {
        assertTrue(parser.parse(text, Optional.of(LocalDate.of(2024, 3, 5))).isEmpty(), text);
    }

    @Test
    void ignores_a_dateline_lookalike_deep_in_the_story() {
        String text = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nLONDON (Reuters) - Five.";
        assertTrue(parser.parse(text, Optional.empty()).isEmpty());
    }
}
