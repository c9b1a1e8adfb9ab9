package attache.lexicon;

import attache.actors.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchAgentReaderTest {

    private static final String SNIPPET = "petrarch-agents.txt";
    private static PetrarchAgents read;

    @BeforeAll
    static void readSnippet() throws IOException {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                PetrarchAgentReaderTest.class.getResourceAsStream("/lexicon/" + SNIPPET)), StandardCharsets.UTF_8)) {
            read = PetrarchAgentReader.read(r, SNIPPET);
        }
    }

    private static Role found(String phrase) {
        return read.roles().find(phrase).orElseThrow(() -> new AssertionError("no role in " + phrase)).role();
    }

    @Test
    void substitution_sets_expand_into_one_role_per_member() {
        assertEquals("BUS", found("salesman").agent());
        assertEquals("BUS", found("saleswomen").agent());
        assertEquals("GOV", found("foreign ministry").agent());
        assertEquals("foreign minister", found("foreign ministers").noun());
    }

    @Test
    void code_gives_sector_and_secondary_sectors_first() {
        Role defence = found("minister for defence");
        assertEquals("GOV", defence.agent());
        assertEquals("MIL", defence.secondary());
        Role militant = found("muslim militants");
        assertEquals("UAF", militant.agent());
        assertEquals("MUS", militant.secondary());
        assertEquals("IGO", found("peacekeepers").agent());
        assertNull(found("naval officer").secondary());
    }

    @Test
    void explicit_plurals_are_found() {
        assertEquals("fisherman", found("fishermen").noun());
        assertEquals("head of police", found("heads of police").noun());
        assertEquals("COP", found("heads of police").agent());
    }

    @Test
    void first_entry_wins_and_conflicts_are_reported() {
        assertEquals("MIL", found("naval officer").agent());
        assertTrue(read.skipped().stream().anyMatch(s -> s.startsWith(SNIPPET + ":16: 'naval officer' is already MIL")),
                read.skipped().toString());
    }

    @Test
    void malformed_lines_are_skipped_with_their_line_numbers() {
        assertEquals(4, read.skipped().size(), read.skipped().toString());
        assertTrue(read.skipped().get(0).startsWith(SNIPPET + ":14: unbalanced bracket"), read.skipped().get(0));
        assertTrue(read.skipped().get(1).startsWith(SNIPPET + ":15: no code"), read.skipped().get(1));
        assertTrue(read.skipped().get(3).startsWith(SNIPPET + ":17: unknown substitution set !UNKNOWN!"),
                read.skipped().get(3));
        assertFalse(read.roles().find("broken row").isPresent());
        assertThrows(IllegalArgumentException.class, read::requireClean);
    }

    @Test
    void agents_merge_into_the_bundled_lexicon_keeping_its_modifiers() {
        RoleLexicon merged = RoleLexicon.bundled().merge(read.roles());
        assertEquals("BUS", merged.find("former salesmen").orElseThrow().role().agent());
        Role opposed = merged.find("opposition salesmen").orElseThrow().role();
        assertEquals("OPP", opposed.agent());
        assertEquals("BUS", opposed.secondary());
        assertEquals("GOV", merged.find("presidents").orElseThrow().role().agent());
    }
}
