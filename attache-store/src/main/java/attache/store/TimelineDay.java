package attache.store;

import java.time.LocalDate;
import java.util.List;

/** One day of an actor's timeline: how many events fall on it, and which. */
public record TimelineDay(LocalDate day, int count, List<EventRow> events) {

    public TimelineDay {
        events = List.copyOf(events);
    }
}
