package attache.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSpanTest {

    @Test
    void rejects_negative_and_reversed_offsets() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
    }

    @Test
    void half_open_spans_that_touch_do_not_overlap() {
        assertFalse(new TextSpan(0, 3).overlaps(new TextSpan(3, 5)));
        assertTrue(new TextSpan(0, 4).overlaps(new TextSpan(3, 5)));
    }

    @Test
    void orders_by_start_then_end() {
        assertTrue(new TextSpan(1, 2).compareTo(new TextSpan(1, 3)) < 0);
        assertTrue(new TextSpan(2, 3).compareTo(new TextSpan(1, 9)) > 0);
        assertEquals("ell", new TextSpan(1, 4).of("hello"));
    }
}
