package attache.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    private static final Optional<LocalDate> OCT_7 = Optional.of(LocalDate.of(2019, 10, 7));

    @Test
    void parses_iso_timestamps_and_numeric_forms() {
        assertEquals(OCT_7, DateText.parse("2019-10-07T09:30:00+09:00"));
        assertEquals(OCT_7, DateText.parse("2019/10/07"));
        assertEquals(OCT_7, DateText.parse("20191007"));
    }

    @Test
    void parses_english_month_names() {
        assertEquals(OCT_7, DateText.parse("Oct. 7, 2019"));
        assertEquals(OCT_7, DateText.parse("Monday 7th October 2019, 10:02"));
    }

    @Test
    void rejects_impossible_dates_and_plain_numbers() {
        assertEquals(Optional.empty(), DateText.parse("2019-13-40"));
        assertEquals(Optional.empty(), DateText.parse("42"));
    }

    @Test
    void reads_date_from_url_paths() {
        assertEquals(OCT_7, PublicationDateFinder.fromUrl("https://news.example/2019/10/07/story"));
        assertEquals(OCT_7, PublicationDateFinder.fromUrl("https://news.example/world-20191007-story.html"));
        assertEquals(Optional.empty(), PublicationDateFinder.fromUrl("https://news.example/world/story"));
    }
}
