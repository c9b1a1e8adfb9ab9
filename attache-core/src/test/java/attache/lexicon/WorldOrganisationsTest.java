package attache.lexicon;

import attache.actors.Organisation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Samples of the national bodies in organisations.tsv, one category per test. */
class WorldOrganisationsTest {

    private static final OrganisationLexicon LEXICON = OrganisationLexicon.bundled();

    private static Organisation org(String phrase) {
        return LEXICON.find(phrase).orElseThrow(() -> new AssertionError("no match: " + phrase)).org();
    }

    private static void assertCoded(String phrase, String kind, String agent) {
        Organisation o = org(phrase);
        assertEquals(kind + " " + agent, o.kind() + " " + o.agent(), phrase);
    }

    @ParameterizedTest
    @CsvSource({"Riigikogu, EST", "Duma, RUS", "Verkhovna Rada, UKR", "Lok Sabha, IND", "Sejm, POL",
            "National People's Congress, CHN", "Legislative Yuan, TWN", "Grand National Assembly of Turkey, TUR"})
    void legislature_names_its_country(String phrase, String country) {
        assertCoded(phrase, country, "LEG");
    }

    @ParameterizedTest
    @CsvSource({"MI6, GBR", "SVR, RUS", "GRU, RUS", "ISI, PAK", "Shin Bet, ISR", "SBU, UKR", "BND, DEU",
            "Ministry of State Security, CHN"})
    void intelligence_service_is_spy(String phrase, String country) {
        assertCoded(phrase, country, "SPY");
    }

    @ParameterizedTest
    @CsvSource({"Baltic Fleet, RUS", "Bundeswehr, DEU", "Tatmadaw, MMR", "Quds Force, IRN", "PLA Navy, CHN"})
    void armed_forces_are_mil(String phrase, String country) {
        assertCoded(phrase, country, "MIL");
    }

    @ParameterizedTest
    @CsvSource({"DEA, USA", "Scotland Yard, GBR", "Royal Canadian Mounted Police, CAN"})
    void police_agency_is_cop(String phrase, String country) {
        assertCoded(phrase, country, "COP");
    }

    @ParameterizedTest
    @CsvSource({"Sinaloa Cartel, MEX", "CJNG, MEX", "MS-13, SLV", "Tren de Aragua, VEN"})
    void cartel_is_crm(String phrase, String country) {
        assertCoded(phrase, country, "CRM");
    }

    @ParameterizedTest
    @CsvSource({"Abkhazia, GEO", "South Ossetia, GEO", "Transnistria, MDA", "Artsakh, AZE", "Somaliland, SOM",
            "Northern Cyprus, CYP", "Donetsk People's Republic, UKR"})
    void breakaway_region_is_coded_pre(String phrase, String parent) {
        assertCoded(phrase, parent, "PRE");
    }

    @Test
    void pre_is_a_sector_the_role_lexicon_knows() {
        assertTrue(RoleLexicon.bundled().isSector("PRE"));
    }

    @Test
    void ambiguous_acronym_shared_by_two_bodies_never_matches_alone() {
        assertTrue(LEXICON.find("SDF").isEmpty());
        assertEquals("SYR", org("Syrian Democratic Forces").kind());
    }
}
