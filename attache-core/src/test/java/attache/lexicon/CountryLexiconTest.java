package attache.lexicon;

import attache.actors.Country;
import attache.lexicon.CountryMatch.Via;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryLexiconTest {

    private static final CountryLexicon LEXICON = CountryLexicon.bundled();

    private static String code(String phrase) {
        return LEXICON.find(phrase).map(m -> m.country().code()).orElse("-");
    }

    private static Via via(String phrase) {
        return LEXICON.find(phrase).orElseThrow(() -> new AssertionError(phrase)).via();
    }

    private static CountryLexicon parse(String tsv) throws IOException {
        return CountryLexicon.parse(new StringReader(tsv), "test.tsv");
    }

    @Test
    void has_every_iso_code_once_and_kosovo() {
        List<Country> all = LEXICON.all();
        Set<String> codes = new HashSet<>();
        for (Country c : all) {
            assertTrue(codes.add(c.code()), c.code());
        }
        assertTrue(codes.size() >= 250, "codes: " + codes.size());
        for (String code : List.of("USA", "KOR", "PRK", "XKX", "TWN", "PSE", "VAT", "ATA", "UMI", "BES")) {
            assertTrue(LEXICON.byCode(code).isPresent(), code);
        }
    }

    @Test
    void every_name_of_a_country_finds_that_country_unless_marked_ambiguous() {
        for (Country c : LEXICON.all()) {
            List<String> phrases = new java.util.ArrayList<>(c.names());
            phrases.add(c.name());
            phrases.addAll(c.adjectives());
            phrases.addAll(c.capitals());
            phrases.addAll(c.seats());
            for (String p : phrases) {
                List<Country> candidates = LEXICON.candidates(p);
                assertTrue(candidates.contains(c), p + " → " + candidates);
                if (candidates.size() == 1) {
                    assertEquals(c.code(), code(p), p);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Saudi, SAU", "Saudis, SAU", "South Koreans, KOR", "South Korean, KOR", "American, USA",
            "Americans, USA", "British, GBR", "Briton, GBR", "Britons, GBR", "North Koreans, PRK",
            "Filipino, PHL", "the French, FRA", "Swiss, CHE", "Emirati, ARE"})
    void finds_country_by_demonym(String phrase, String expected) {
        assertEquals(expected, code(phrase));
        assertEquals(Via.ADJECTIVE, via(phrase));
    }

    @Test
    void determiners_other_than_the_are_the_callers_to_strip() {
        assertEquals("-", code("an American"));
        assertEquals("USA", code("American"));
    }

    @ParameterizedTest
    @CsvSource({"Washington, USA", "Pyongyang, PRK", "Seoul, KOR", "Beijing, CHN", "Moscow, RUS", "Tokyo, JPN",
            "Kyiv, UKR", "Kiev, UKR", "Washington D.C., USA", "New Delhi, IND", "Taipei, TWN"})
    void capital_stands_for_government(String phrase, String expected) {
        assertEquals(expected, code(phrase));
        assertEquals(Via.CAPITAL, via(phrase));
    }

    @ParameterizedTest
    @CsvSource({"the Kremlin, RUS", "Kremlin, RUS", "the White House, USA", "the Blue House, KOR",
            "Cheong Wa Dae, KOR", "Downing Street, GBR", "the Elysee, FRA", "the Élysée, FRA", "Zhongnanhai, CHN"})
    void seats_of_power_stand_for_government(String phrase, String expected) {
        assertEquals(expected, code(phrase));
        assertEquals(Via.SEAT, via(phrase));
    }

    @Test
    void acronym_matches_only_in_capitals() {
        assertEquals("USA", code("US"));
        assertEquals("GBR", code("UK"));
        assertEquals("-", code("us"));
        assertEquals("-", code("Us"));
        assertEquals("-", code("uk"));
        assertEquals("PRK", code("DPRK"));
    }

    @Test
    void dotted_and_plain_acronyms_are_equal() {
        for (String[] pair : new String[][]{{"U.S.", "US"}, {"U.K.", "UK"}, {"U.A.E.", "UAE"}, {"D.R.C.", "DRC"},
                {"R.O.K.", "ROK"}, {"U.S.A.", "USA"}}) {
            assertEquals(code(pair[1]), code(pair[0]), pair[0]);
            assertTrue(!code(pair[0]).equals("-"), pair[0]);
        }
    }

    @Test
    void names_match_in_any_case_and_without_accents() {
        assertEquals("KOR", code("SOUTH KOREA"));
        assertEquals("KOR", code("south korea"));
        assertEquals("CIV", code("Cote d’Ivoire"));
        assertEquals("CIV", code("Côte d'Ivoire"));
        assertEquals("TUR", code("Turkiye"));
        assertEquals("GNB", code("Guinea Bissau"));
    }

    @Test
    void tells_the_congos_apart_and_leaves_bare_congo_open() {
        assertEquals("COG", code("Congo-Brazzaville"));
        assertEquals("COG", code("Republic of the Congo"));
        assertEquals("COD", code("Congo-Kinshasa"));
        assertEquals("COD", code("DR Congo"));
        assertEquals("COD", code("Democratic Republic of the Congo"));
        assertEquals("COD", code("Zaire"));
        assertEquals("COD", code("Kinshasa"));
        assertEquals("COG", code("Brazzaville"));
        assertEquals("-", code("Congo"));
        // CAMEO's country dictionary codes the adjective with the larger Congo.
        assertEquals("COD", code("Congolese"));
        assertEquals(Set.of("COG", "COD"),
                Set.copyOf(LEXICON.candidates("Congo").stream().map(Country::code).toList()));
    }

    @Test
    void places_inside_a_country_name_it_but_never_its_state() {
        assertEquals("SDN", code("Darfur"));
        assertEquals(Via.PLACE, via("Darfur"));
        assertEquals("PSE", code("East Jerusalem"));
        assertEquals("ISR", code("Jerusalem"));
        assertEquals("RUS", code("Chechen"));
        assertEquals("CHN", code("Shanghai"));
        assertEquals(Via.PLACE, via("Tibetans"));
        // the capital stays the capital
        assertEquals(Via.CAPITAL, via("Khartoum"));
    }

    @Test
    void a_place_may_not_shadow_a_country_name() throws IOException {
        String countries = "SDN\tSudan\t\tSudanese\tKhartoum\t\nGEO\tGeorgia\t\tGeorgian\tTbilisi\t\n";
        assertThrows(IllegalArgumentException.class, () -> CountryLexicon.parse(new StringReader(countries), "c.tsv",
                new StringReader("SDN\tGeorgia\t\n"), "p.tsv"));
        assertThrows(IllegalArgumentException.class, () -> CountryLexicon.parse(new StringReader(countries), "c.tsv",
                new StringReader("XXX\tDarfur\t\n"), "p.tsv"));
        CountryLexicon ok = CountryLexicon.parse(new StringReader(countries), "c.tsv",
                new StringReader("SDN\tDarfur|Kordofan\tDarfuri\n"), "p.tsv");
        assertEquals("SDN", ok.find("Kordofan").orElseThrow().country().code());
        assertEquals(Via.PLACE, ok.find("Darfuri").orElseThrow().via());
    }

    @Test
    void common_misspellings_of_wire_copy_name_the_country() {
        assertEquals("ETH", code("Ethopia"));
        assertEquals("AFG", code("Afganistan"));
        assertEquals("QAT", code("Quatar"));
        assertEquals("KHM", code("Kampuchean"));
    }

    @Test
    void tells_niger_from_nigeria() {
        assertEquals("NER", code("Niger"));
        assertEquals("NER", code("Nigerien"));
        assertEquals("NER", code("Nigeriens"));
        assertEquals("NGA", code("Nigeria"));
        assertEquals("NGA", code("Nigerian"));
        assertEquals("NGA", code("Nigerians"));
    }

    @Test
    void keeps_look_alike_countries_apart() {
        assertEquals("GIN", code("Guinea"));
        assertEquals("GNQ", code("Equatorial Guinea"));
        assertEquals("PNG", code("Papua New Guinea"));
        assertEquals("SDN", code("Sudan"));
        assertEquals("SSD", code("South Sudan"));
        assertEquals("SSD", code("South Sudanese"));
        assertEquals("DMA", code("Dominica"));
        assertEquals("DOM", code("Dominican Republic"));
        assertEquals("GEO", code("Georgia"));
        assertEquals("JOR", code("Jordan"));
        assertEquals("TWN", code("Republic of China"));
        assertEquals("CHN", code("People's Republic of China"));
        assertEquals("MMR", code("Burma"));
        assertEquals("-", code("Korea"));
        assertEquals("-", code("Soviet Union"));
    }

    @Test
    void longest_at_prefers_south_korea_over_south() {
        List<String> words = List.of("South", "Korea", "'s", "President", "met", "the", "U.S.", "envoy");
        CountryMatch m = LEXICON.longestAt(words, 0).orElseThrow();
        assertEquals("KOR", m.country().code());
        assertEquals(2, m.tokens());
        assertTrue(LEXICON.longestAt(words, 1).isEmpty(), "Korea alone is ambiguous");
        assertTrue(LEXICON.longestAt(words, 3).isEmpty());
        CountryMatch us = LEXICON.longestAt(words, 5).orElseThrow();
        assertEquals("USA", us.country().code());
        assertEquals(2, us.tokens(), "covers 'the' and 'U.S.'");
    }

    @Test
    void longest_at_joins_clitics_and_hyphens_as_a_tokenizer_splits_them() {
        List<String> words = List.of("the", "People", "'s", "Republic", "of", "China", "said");
        CountryMatch m = LEXICON.longestAt(words, 0).orElseThrow();
        assertEquals("CHN", m.country().code());
        assertEquals(6, m.tokens());
        CountryMatch gb = LEXICON.longestAt(List.of("Guinea-Bissau", "voted"), 0).orElseThrow();
        assertEquals("GNB", gb.country().code());
        assertEquals(1, gb.tokens());
    }

    @Test
    void rejects_a_name_two_countries_share_unless_both_mark_it() throws IOException {
        var e = assertThrows(IllegalArgumentException.class,
                () -> parse("AAA\tAlpha\tShared\t\t\t\n# comment\nBBB\tBeta\tShared\t\t\t\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:3"), e.getMessage());
        CountryLexicon ok = parse("AAA\tAlpha\t?Shared\t\t\t\nBBB\tBeta\t?Shared\t\t\t\n");
        assertTrue(ok.find("Shared").isEmpty());
        assertEquals(2, ok.candidates("Shared").size());
        assertEquals(List.of("Shared"), ok.byCode("AAA").orElseThrow().names());
    }

    @Test
    void load_errors_name_the_line() {
        var columns = assertThrows(IllegalArgumentException.class, () -> parse("# c\n\nKOR\tSouth Korea\n"));
        assertTrue(columns.getMessage().startsWith("test.tsv:3"), columns.getMessage());
        var badCode = assertThrows(IllegalArgumentException.class, () -> parse("Kor\tSouth Korea\t\t\t\t\n"));
        assertTrue(badCode.getMessage().startsWith("test.tsv:1"), badCode.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> parse("KOR\tSouth Korea\t\t\t\t\nKOR\tKorea\t\t\t\t\n"));
        assertTrue(twice.getMessage().startsWith("test.tsv:2"), twice.getMessage());
        var emptyItem = assertThrows(IllegalArgumentException.class, () -> parse("KOR\tSouth Korea\tROK||\t\t\t\n"));
        assertTrue(emptyItem.getMessage().startsWith("test.tsv:1"), emptyItem.getMessage());
    }
}
