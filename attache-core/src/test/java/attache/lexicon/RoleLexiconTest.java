package attache.lexicon;

import attache.actors.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleLexiconTest {

    private static final RoleLexicon BUNDLED = RoleLexicon.bundled();

    private static Role role(String phrase) {
        return BUNDLED.find(phrase).orElseThrow(() -> new AssertionError("no role in '" + phrase + "'")).role();
    }

    private static String code(String phrase) {
        Role r = role(phrase);
        return r.agent() + (r.secondary() == null ? "" : "/" + r.secondary());
    }

    /** One phrase for each sector family the bundled lexicon covers. */
    @ParameterizedTest
    @CsvSource({
            "president, GOV", "the prime minister, GOV", "envoy, GOV", "spokeswoman, GOV", "authorities, GOV",
            "defence minister, GOV/MIL", "troops, MIL", "an army general, MIL", "marines, MIL",
            "riot police, COP", "security forces, COP", "intelligence officials, SPY",
            "rebels, REB", "insurgents, REB", "militia, UAF", "extremists, RAD", "moderates, MOD",
            "opposition, OPP", "dissidents, OPP", "protesters, CVL/OPP", "ruling party, PTY/GOV",
            "judge, JUD", "the supreme court, JUD", "lawmakers, LEG", "MPs, LEG", "senators, LEG",
            "a company, BUS", "executives, BUS", "journalists, MED", "state media, GOV/MED",
            "civilians, CVL", "villagers, CVL", "refugees, REF", "students, EDU", "doctors, HLH",
            "labor union, LAB", "workers, LAB", "farmers, AGR", "clergy, REL", "imams, REL",
            "smugglers, CRM", "thieves, CRM", "aid workers, NGO", "rights activists, HRI",
            "environmentalists, ENV", "donors, DEV", "settlers, SET/CVL", "former president, ELI",
            "peacekeeping force, IGO/MIL"})
    void finds_sector_of_each_family(String phrase, String expected) {
        assertEquals(expected, code(phrase));
    }

    @Test
    void strips_determiners_and_adjectives_before_the_head() {
        RoleMatch m = BUNDLED.find("the chief nuclear negotiator").orElseThrow();
        assertEquals("negotiator", m.role().noun());
        assertEquals("GOV", m.role().agent());
        assertEquals("negotiator", m.matched());
        assertTrue(m.rule().startsWith(RoleLexicon.RESOURCE + ":"), m.rule());
    }

    @Test
    void prefers_multi_word_role_over_its_head_noun() {
        assertEquals("foreign minister", role("the foreign minister").noun());
        assertEquals("MIL", role("defence ministers").secondary());
        assertEquals("defence minister", role("defence ministers").noun());
    }

    @ParameterizedTest
    @CsvSource({"top envoys, envoy", "ministries, ministry", "policemen, policeman", "chairmen of the board, ",
            "four men, man", "women, woman", "people, people", "police, police", "military personnel, military personnel",
            "attorneys general, attorney general", "chiefs of staff, chief of staff", "thieves, thief",
            "businesses, business", "armies, army"})
    void undoes_regular_and_irregular_plurals(String phrase, String noun) {
        Optional<RoleMatch> m = BUNDLED.find(phrase);
        if (noun == null) {
            assertFalse(m.isPresent(), () -> "unexpected " + m);
        } else {
            assertEquals(noun, m.orElseThrow().role().noun());
        }
    }

    @Test
    void modifier_changes_sector_and_keeps_role_as_secondary() {
        RoleMatch m = BUNDLED.find("opposition lawmakers").orElseThrow();
        assertEquals("OPP", m.role().agent());
        assertEquals("LEG", m.role().secondary());
        assertEquals("opposition lawmaker", m.role().noun());
        assertEquals("opposition lawmakers", m.matched());
        assertTrue(m.rule().contains("+"), m.rule());
    }

    @Test
    void modifier_leaves_sectors_outside_its_reach_alone() {
        assertEquals("REB", code("anti-government rebels"));
        assertEquals("OPP/EDU", code("anti-government students"));
        assertEquals("ELI", code("the ex-president"));
        assertEquals("ELI", code("a former defence minister"));
        assertEquals("MIL", code("pro-government militias"));
        assertEquals("REB", code("rebel commanders"));
    }

    @Test
    void written_exception_beats_modifier_rule() {
        assertEquals("OPP", code("opposition leader"));
        assertEquals("REB", code("rebel leader"));
        assertNull(role("opposition leader").secondary());
    }

    @Test
    void finds_nothing_in_a_phrase_without_a_role() {
        assertFalse(BUNDLED.find("the weather on Tuesday").isPresent());
        assertFalse(BUNDLED.find("").isPresent());
    }

    @Test
    void knows_sector_and_religion_codes() {
        assertTrue(BUNDLED.isSector("GOV"));
        assertTrue(BUNDLED.isReligion("MUS"));
        assertFalse(BUNDLED.isSector("USA"));
        assertTrue(BUNDLED.size() > 300);
    }

    @Test
    void merged_lexicon_lets_the_later_row_win() throws IOException {
        RoleLexicon user = RoleLexicon.parse(new StringReader("role\tenvoy\tNGO\t-\nrole\tpeacenik\tCVL\tOPP\n"), "user");
        RoleLexicon merged = BUNDLED.merge(user);
        assertEquals("NGO", merged.find("envoys").orElseThrow().role().agent());
        assertEquals("user:1", merged.find("envoys").orElseThrow().rule());
        assertEquals("OPP", merged.find("peaceniks").orElseThrow().role().secondary());
        assertEquals("GOV", merged.find("president").orElseThrow().role().agent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role\tenvoy\tGOV|have 4 tab-separated|2",
            "role\tEnvoy\tGOV\t-|no lower-case phrase|2",
            "role\tenvoy\tgov\t-|no three-letter|2",
            "rule\tenvoy\tGOV\t-|unknown row kind|2",
            "modifier\tformer\tELI\t-\tGOV,xx|no three-letter|2",
            "plural\t*man\tmen|'*'|2",
            "role\tpresident\tGOV\t-|already defined|2"})
    void rejects_malformed_row_naming_its_line(String row, String message, int line) {
        String text = "role\tpresident\tGOV\t-\n" + row + "\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleLexicon.parse(new StringReader(text), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
