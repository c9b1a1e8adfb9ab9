package attache.events;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameoCodeTest {

    @Test
    void gives_its_root() {
        assertEquals("19", new CameoCode("193", "Fight", 4, -10.0, Optional.of(Plover.ASSAULT), Optional.empty()).rootCode());
    }

    @Test
    void rejects_malformed_values() {
        assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("1", "x", 4, 0, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("19", "x", 5, 0, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("19", "x", 4, -11, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("19", "x", 4, 0, Optional.empty(), Optional.of("firearms")));
    }

    @Test
    void parses_plover_names_in_any_case() {
        assertEquals(Optional.of(Plover.ASSAULT), Plover.parse("assault"));
        assertEquals(Optional.empty(), Plover.parse("FIGHT"));
    }
}
