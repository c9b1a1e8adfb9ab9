package attache.feeds;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    @Test
    void doubles_each_failure_up_to_the_cap() {
        Backoff b = new Backoff(Duration.ofMinutes(30), Duration.ofHours(6));
        assertEquals(Duration.ZERO, b.after(0));
        assertEquals(Duration.ofMinutes(30), b.after(1));
        assertEquals(Duration.ofMinutes(60), b.after(2));
        assertEquals(Duration.ofMinutes(240), b.after(4));
        assertEquals(Duration.ofHours(6), b.after(5));
        assertEquals(Duration.ofHours(6), b.after(1000));
    }

    @Test
    void the_default_settings_wait_twice_the_interval_after_a_feed_fails() {
        Watcher.Settings s = Watcher.Settings.every(Duration.ofMinutes(15));
        assertEquals(Duration.ofMinutes(30), s.feedBackoff().after(1));
        assertEquals(Duration.ofMinutes(60), s.feedBackoff().after(2));
        assertEquals(Duration.ofHours(6), s.feedBackoff().after(20));
    }

    @Test
    void refuses_a_cap_below_the_base() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
