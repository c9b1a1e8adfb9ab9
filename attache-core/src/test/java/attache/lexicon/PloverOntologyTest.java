package attache.lexicon;

import attache.events.Plover;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverOntologyTest {

    private static final PloverOntology BUNDLED = PloverOntology.bundled();

    @Test
    void bundled_ontology_defines_every_type() {
        for (Plover type : Plover.values()) {
            assertFalse(BUNDLED.definition(type).isBlank(), type.name());
            assertTrue(BUNDLED.quadCode(type) >= 1 && BUNDLED.quadCode(type) <= 4, type.name());
        }
    }

    @Test
    void gives_modes_of_a_type_in_file_order() {
        assertEquals(java.util.List.of("visit", "third-party", "multilateral", "phone"), BUNDLED.modes(Plover.CONSULT));
        assertTrue(BUNDLED.modes(Plover.AGREE).isEmpty());
        assertTrue(BUNDLED.hasMode(Plover.COERCE, "arrest"));
        assertFalse(BUNDLED.hasMode(Plover.CONSULT, "arrest"));
        assertTrue(BUNDLED.modeDefinition(Plover.ASSAULT, "aerial").orElseThrow().contains("aerial"));
    }

    @Test
    void lists_contexts() {
        assertTrue(BUNDLED.contexts().contains("military"));
        assertTrue(BUNDLED.hasContext("humanitarian"));
        assertFalse(BUNDLED.hasContext("weather"));
    }

    @Test
    void quad_codes_follow_the_manual() {
        assertEquals(1, BUNDLED.quadCode(Plover.CONSULT));
        assertEquals(3, BUNDLED.quadCode(Plover.SANCTION));
        assertEquals(4, BUNDLED.quadCode(Plover.PROTEST));
    }

    @Test
    void rejects_an_unknown_type_naming_its_line() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PloverOntology.parse(new StringReader("# c\ntype\tNEGOTIATE\t1\tx\n"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:2"), e.getMessage());
    }

    @Test
    void rejects_a_file_missing_a_type() throws IOException {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PloverOntology.parse(new StringReader("type\tAGREE\t1\tx\n"), "t.tsv"));
        assertTrue(e.getMessage().contains("CONSULT"), e.getMessage());
    }
}
