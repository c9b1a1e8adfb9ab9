package attache.lexicon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextualReferencesTest {

    private static final ContextualReferences REFS = ContextualReferences.bundled();

    @Test
    void the_north_is_north_korea_when_either_korea_is_mentioned() {
        assertEquals(Optional.of("PRK"), REFS.resolve("the North", Set.of("KOR")));
        assertEquals(Optional.of("KOR"), REFS.resolve("the South", Set.of("PRK", "USA")));
        assertEquals(Optional.of("PRK"), REFS.resolve("North", Set.of("PRK")));
    }

    @Test
    void the_north_without_a_trigger_stays_unresolved() {
        assertEquals(Optional.empty(), REFS.resolve("the North", Set.of("USA")));
        assertEquals(Optional.empty(), REFS.resolve("the North", Set.of()));
    }

    @Test
    void capitalised_references_match_only_as_written() {
        assertEquals(Optional.empty(), REFS.resolve("the north", Set.of("KOR")));
        assertTrue(REFS.isReference("the North"));
        assertFalse(REFS.isReference("the north"));
    }

    @Test
    void the_south_is_south_sudan_when_south_sudan_is_mentioned() {
        assertEquals(Optional.of("SSD"), REFS.resolve("the South", Set.of("SDN", "SSD")));
        assertEquals(Optional.of("SDN"), REFS.resolve("the North", Set.of("SSD")));
    }

    @Test
    void conflicting_contexts_leave_the_reference_unresolved() {
        assertEquals(Optional.empty(), REFS.resolve("the South", Set.of("KOR", "SSD")));
    }

    @Test
    void the_island_is_taiwan_in_a_china_story() {
        assertEquals(Optional.of("TWN"), REFS.resolve("the island", Set.of("CHN")));
        assertEquals(Optional.of("TWN"), REFS.resolve("The island", Set.of("TWN", "USA")));
        assertEquals(Optional.of("CHN"), REFS.resolve("the mainland", Set.of("TWN")));
        assertEquals(Optional.empty(), REFS.resolve("the island", Set.of("USA")));
    }

    @Test
    void the_kingdom_resolves_only_when_one_kingdom_is_mentioned() {
        assertEquals(Optional.of("SAU"), REFS.resolve("the kingdom", Set.of("SAU", "USA")));
        assertEquals(Optional.of("SAU"), REFS.resolve("the Kingdom", Set.of("SAU")));
        assertEquals(Optional.empty(), REFS.resolve("the kingdom", Set.of("SAU", "JOR")));
        assertEquals(Optional.empty(), REFS.resolve("the kingdom", Set.of("USA")));
    }

    @Test
    void the_two_koreas_are_both_koreas_whatever_the_context() {
        assertEquals(List.of("KOR", "PRK"), REFS.resolveAll("the two Koreas", Set.of()));
        assertEquals(Optional.empty(), REFS.resolve("the two Koreas", Set.of()), "resolve gives one country only");
    }

    @Test
    void unknown_reference_resolves_to_nothing() {
        assertEquals(Optional.empty(), REFS.resolve("the moon", Set.of("KOR")));
        assertEquals(List.of(), REFS.resolveAll("the moon", Set.of("KOR")));
    }

    @Test
    void load_errors_name_the_line() {
        var code = assertThrows(IllegalArgumentException.class,
                () -> ContextualReferences.parse(new StringReader("# c\nNorth\tprk\tKOR\n"), "test.tsv"));
        assertTrue(code.getMessage().startsWith("test.tsv:2"), code.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> ContextualReferences.parse(new StringReader("North\t\tKOR\n"), "test.tsv"));
        assertTrue(none.getMessage().startsWith("test.tsv:1"), none.getMessage());
        var columns = assertThrows(IllegalArgumentException.class,
                () -> ContextualReferences.parse(new StringReader("North\tPRK\n"), "test.tsv"));
        assertTrue(columns.getMessage().startsWith("test.tsv:1"), columns.getMessage());
    }

    @Test
    void parses_a_reference_with_no_triggers_as_always_applying() throws IOException {
        ContextualReferences refs = ContextualReferences.parse(new StringReader("Jewish state\tISR\t\n"), "t");
        assertEquals(Optional.of("ISR"), refs.resolve("the Jewish state", Set.of()));
    }
}
