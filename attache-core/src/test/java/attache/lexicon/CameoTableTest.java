package attache.lexicon;

import attache.events.CameoCode;
import attache.events.Plover;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameoTableTest {

    private static final PloverOntology ONTOLOGY = PloverOntology.bundled();
    private static final CameoTable TABLE = CameoTable.bundled(ONTOLOGY);

    private static CameoCode code(String code) {
        return TABLE.byCode(code).orElseThrow();
    }

    @Test
    void bundled_table_has_every_root_and_about_three_hundred_codes() {
        for (int root = 1; root <= 20; root++) {
            assertTrue(TABLE.byCode(String.format("%02d", root)).isPresent(), "root " + root);
        }
        assertTrue(TABLE.all().size() > 300, "" + TABLE.all().size());
    }

    @Test
    void negotiation_is_verbal_cooperation_at_seven() {
        assertEquals(1, code("046").quadClass());
        assertEquals(7.0, code("046").goldstein());
        assertEquals(Optional.of(Plover.CONSULT), code("046").plover());
    }

    @Test
    void follows_phoenix_on_the_roots_where_gdelt_differs() {
        assertEquals(3, code("09").quadClass());
        assertEquals(4, code("14").quadClass());
        assertEquals(3, code("16").quadClass());
        assertEquals(4, code("19").quadClass());
        assertEquals(0, code("01").quadClass());
        assertEquals(-6.5, code("163").goldstein());
    }

    @Test
    void sub_codes_without_a_phoenix_value_take_their_parents() {
        assertEquals(code("124").goldstein(), code("1241").goldstein());
        assertEquals(code("166").goldstein(), code("1661").goldstein());
    }

    @Test
    void maps_codes_to_plover_as_in_2021() {
        assertEquals(Optional.of(Plover.COERCE), code("173").plover());
        assertEquals(Optional.of("arrest"), code("173").ploverMode());
        assertEquals(Optional.of(Plover.COERCE), code("163").plover());
        assertEquals(Optional.of(Plover.RETREAT), code("0841").plover());
        assertEquals(Optional.of(Plover.ASSAULT), code("1712").plover());
        assertEquals(Optional.of(Plover.ACCUSE), code("090").plover());
        assertEquals(Optional.of("investigate"), code("090").ploverMode());
        assertEquals(Optional.of(Plover.REQUEST), code("026").plover());
        assertEquals(Optional.empty(), code("010").plover());
        assertEquals(List.of("crime", "corruption"), TABLE.contexts("1121"));
    }

    @Test
    void every_mapped_mode_is_a_mode_of_its_type() {
        for (CameoCode c : TABLE.all()) {
            c.ploverMode().ifPresent(m -> assertTrue(ONTOLOGY.hasMode(c.plover().orElseThrow(), m), c.code()));
        }
    }

    @Test
    void finds_the_root_of_a_code() {
        assertEquals("19", TABLE.root("1931").code());
        assertEquals("FIGHT", TABLE.root("193").name());
        assertThrows(IllegalArgumentException.class, () -> TABLE.root("x9"));
        assertFalse(TABLE.byCode("999").isPresent());
    }

    @Test
    void rejects_a_bad_row_naming_its_line() {
        String rows = "19\t4\t-10.0\tASSAULT\t-\t-\tFIGHT\n190\t4\t-10.0\tASSAULT\tvisit\t-\tUse force\n";
        var e = assertThrows(IllegalArgumentException.class,
                () -> CameoTable.parse(new StringReader(rows), "c.tsv", ONTOLOGY));
        assertTrue(e.getMessage().startsWith("c.tsv:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CameoTable.parse(new StringReader("190\t4\t-10.0\tASSAULT\t-\t-\tx\n"), "c.tsv", ONTOLOGY));
        assertThrows(IllegalArgumentException.class,
                () -> CameoTable.parse(new StringReader("19\t7\t-10.0\tASSAULT\t-\t-\tx\n"), "c.tsv", ONTOLOGY));
        assertThrows(IllegalArgumentException.class,
                () -> CameoTable.parse(new StringReader("19\t4\t-10.0\tFIGHT\t-\t-\tx\n"), "c.tsv", ONTOLOGY));
    }
}
