package attache.lexicon;

import attache.actors.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationLexiconTest {

    private static final OrganisationLexicon LEXICON = OrganisationLexicon.bundled();

    private static Organisation org(String phrase) {
        return LEXICON.find(phrase).orElseThrow(() -> new AssertionError("no match: " + phrase)).org();
    }

    private static OrganisationLexicon parse(String tsv) throws IOException {
        return OrganisationLexicon.parse(new StringReader(tsv), "test.tsv");
    }

    @Test
    void bundled_lexicon_has_at_least_eighty_international_bodies() {
        long international = LEXICON.all().stream().filter(Organisation::international).count();
        assertTrue(international >= 80, "international: " + international);
    }

    @ParameterizedTest
    @CsvSource({"UN, United Nations", "U.N., United Nations", "the United Nations, United Nations",
            "NATO, NATO", "North Atlantic Treaty Organization, NATO", "Nato, NATO",
            "EU, European Union", "the European Union, European Union", "IAEA, International Atomic Energy Agency",
            "UN nuclear watchdog, International Atomic Energy Agency", "WHO, World Health Organization",
            "World Health Organisation, World Health Organization", "ICRC, International Committee of the Red Cross",
            "the Red Cross, International Committee of the Red Cross",
            "Doctors Without Borders, Médecins Sans Frontières",
            "Medecins Sans Frontieres, Médecins Sans Frontières", "UNSC, UN Security Council",
            "the U.N. Security Council, UN Security Council", "G-20, G20", "Group of 20, G20"})
    void finds_organisations_by_acronym_and_full_name(String phrase, String expected) {
        assertEquals(expected, org(phrase).name());
    }

    @Test
    void international_bodies_carry_cameo_codes_and_kinds() {
        assertEquals("UNO", org("UN").code());
        assertEquals("IGO", org("UN").kind());
        assertEquals("NAT", org("NATO").code());
        assertEquals("EEC", org("EU").code());
        assertEquals("IAE", org("IAEA").code());
        assertEquals("NGO", org("Amnesty International").kind());
        assertEquals("HRI", org("Amnesty International").agent());
        assertEquals("UNO", org("UNDP").code());
        assertEquals("DEV", org("UNDP").agent());
    }

    @Test
    void national_bodies_carry_their_country_and_sector() {
        assertEquals(List.of("USA", "GOV"), List.of(org("State Department").kind(), org("State Department").agent()));
        assertEquals(List.of("USA", "MIL"), List.of(org("the Pentagon").kind(), org("the Pentagon").agent()));
        assertEquals(List.of("PRK", "MED"), List.of(org("KCNA").kind(), org("KCNA").agent()));
        assertEquals(List.of("KOR", "MED"), List.of(org("Yonhap").kind(), org("Yonhap").agent()));
        assertEquals(List.of("PSE", "REB"), List.of(org("Hamas").kind(), org("Hamas").agent()));
        assertEquals(List.of("LBN", "REB"), List.of(org("Hezbollah").kind(), org("Hezbollah").agent()));
        assertEquals(List.of("PRK", "PTY"), List.of(org("Workers' Party of Korea").kind(),
                org("Workers’ Party of Korea").agent()));
        assertEquals("IMG", org("ISIS").kind());
    }

    @Test
    void short_acronyms_match_only_in_capitals() {
        assertTrue(LEXICON.find("who").isEmpty());
        assertTrue(LEXICON.find("Who").isEmpty());
        assertTrue(LEXICON.find("un").isEmpty());
        assertTrue(LEXICON.find("eu").isEmpty());
        assertEquals("World Health Organization", org("WHO").name());
    }

    @Test
    void shared_acronym_is_left_to_the_caller() {
        assertTrue(LEXICON.find("RSF").isEmpty());
        assertEquals("Reporters Without Borders", org("Reporters Without Borders").name());
        assertEquals("SDN", org("Rapid Support Forces").kind());
    }

    @Test
    void by_code_returns_the_parent_of_a_shared_code() {
        assertEquals("United Nations", LEXICON.byCode("UNO").orElseThrow().name());
        assertEquals("European Union", LEXICON.byCode("EEC").orElseThrow().name());
        assertTrue(LEXICON.byCode("ZZZ").isEmpty());
    }

    @Test
    void longest_at_prefers_the_security_council_over_the_un() {
        List<String> words = List.of("the", "U.N.", "Security", "Council", "condemned", "it");
        OrganisationMatch m = LEXICON.longestAt(words, 0).orElseThrow();
        assertEquals("UN Security Council", m.org().name());
        assertEquals(4, m.tokens());
        OrganisationMatch un = LEXICON.longestAt(List.of("U.N.", "envoy"), 0).orElseThrow();
        assertEquals("United Nations", un.org().name());
        assertEquals(1, un.tokens());
    }

    @Test
    void load_errors_name_the_line() {
        var kind = assertThrows(IllegalArgumentException.class, () -> parse("# c\nUNO\tUnited Nations\tUN\tigo\t\n"));
        assertTrue(kind.getMessage().startsWith("test.tsv:2"), kind.getMessage());
        var agent = assertThrows(IllegalArgumentException.class, () -> parse("UNO\tUnited Nations\tUN\tIGO\tgov\n"));
        assertTrue(agent.getMessage().startsWith("test.tsv:1"), agent.getMessage());
        var shared = assertThrows(IllegalArgumentException.class,
                () -> parse("AAA\tAlpha\tX Y\tIGO\t\nBBB\tBeta\tX Y\tNGO\t\n"));
        assertTrue(shared.getMessage().startsWith("test.tsv:2"), shared.getMessage());
        var columns = assertThrows(IllegalArgumentException.class, () -> parse("UNO\tUnited Nations\n"));
        assertTrue(columns.getMessage().startsWith("test.tsv:1"), columns.getMessage());
    }

    @Test
    void empty_agent_is_null() throws IOException {
        assertNull(parse("UNO\tUnited Nations\tUN\tIGO\t\n").all().get(0).agent());
    }
}
