package attache.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicationDatesTest {

    @Test
    void keeps_the_local_date_of_a_timestamp() {
        // 23:30 in Seoul is still the 7th there, whatever UTC says.
        assertEquals(Optional.of(LocalDate.of(2019, 10, 7)), PublicationDates.parse("2019-10-07T23:30:00+09:00"));
    }

    @Test
    void reads_feed_dates() {
        assertEquals(Optional.of(LocalDate.of(2019, 10, 7)), PublicationDates.parse("Mon, 7 Oct 2019 08:00:00 GMT"));
    }

    @Test
    void refuses_impossible_and_vague_dates() {
        assertEquals(Optional.empty(), PublicationDates.parse("2019-02-30"));
        assertEquals(Optional.empty(), PublicationDates.parse("yesterday"));
        assertEquals(Optional.empty(), PublicationDates.parse(null));
    }
}
