package attache.lexicon;

import attache.actors.Office;
import attache.actors.Person;
import attache.model.Actor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Coverage checks for the world section of people.tsv: every UN member state (and Taiwan, Kosovo and
 * Palestine) has a head of state on sample days, and leaders outside the G20 resolve on a date.
 */
class WorldPeopleDataTest {

    private static final PeopleLexicon LEXICON = PeopleLexicon.bundled();

    /** The 193 UN members plus TWN, XKX and PSE. */
    private static final Set<String> STATES = Set.of(
            "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB",
            "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM",
            "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP",
            "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN",
            "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN",
            "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK",
            "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
            "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR",
            "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG",
            "PRY", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP",
            "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN",
            "SUR", "SWE", "CHE", "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV",
            "UGA", "UKR", "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
            "TWN", "XKX", "PSE");

    /** Commonwealth realms: the monarch, recorded once under GBR, is their head of state. */
    private static final Set<String> REALMS = Set.of("GBR", "CAN", "AUS", "NZL", "JAM", "BHS", "BLZ", "GRD", "ATG",
            "KNA", "LCA", "VCT", "PNG", "SLB", "TUV");

    /** Offices that make their holder the head of state (or, in a collective presidency, one of its members). */
    private static final Set<String> HEAD_OF_STATE = Set.of("President", "Acting President", "Interim President",
            "Transitional President", "Provisional President", "King", "Queen", "Monarch", "Emperor", "Emir",
            "Sultan", "Grand Duke", "Prince", "Supreme Leader", "Head of State", "Episcopal Co-Prince",
            "President of the Swiss Confederation", "Bosniak Member of the Presidency",
            "Chairman of the Presidential Council", "Chairman of the Presidential Leadership Council",
            "Chairman of the Sovereignty Council", "Chairman of the Transitional Presidential Council",
            "Chairman of the State Administration Council", "Chairman of the Transitional Military Council",
            "Chairman of the National Council for the Safeguard of the Homeland");

    /**
     * States with no head of state on a sample day, or one the file deliberately does not record, with
     * the reason.
     */
    private static final Set<String> KNOWN_GAPS = Set.of(
            "SMR", // two Captains Regent, replaced every six months: a collective office left out
            "HTI 2024-01-01", // no president between Moïse's murder and the Transitional Presidential Council
            "LBN 2016-07-01", "LBN 2024-01-01"); // vacancies 2014-2016 and 2022-2025

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2016, 7, 1), LocalDate.of(2020, 1, 1),
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 7, 1));

    private static boolean headOfStateOn(String country, LocalDate day) {
        for (Person p : LEXICON.all()) {
            for (Office o : p.offices()) {
                if (o.country().equals(country) && HEAD_OF_STATE.contains(o.title()) && o.heldOn(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void every_un_member_has_a_head_of_state_on_sample_days() {
        List<String> missing = new ArrayList<>();
        for (String state : STATES) {
            for (LocalDate day : DAYS) {
                boolean realm = REALMS.contains(state) || state.equals("BRB") && day.isBefore(LocalDate.of(2021, 11, 30));
                String holder = realm ? "GBR" : state;
                if (!headOfStateOn(holder, day) && !KNOWN_GAPS.contains(state)
                        && !KNOWN_GAPS.contains(state + " " + day)) {
                    missing.add(state + " " + day);
                }
            }
        }
        missing.sort(String::compareTo);
        assertEquals(List.of(), missing);
    }

    private static Actor actor(String name, String date) {
        Person p = LEXICON.find(name).orElseThrow(() -> new AssertionError("no person " + name));
        return PeopleLexicon.actorOn(p, LocalDate.parse(date));
    }

    @Test
    void non_g20_leader_resolves_on_a_date() {
        assertEquals("UKR", actor("Volodymyr Zelenskyy", "2022-03-01").country());
        assertEquals("GOV", actor("Volodymyr Zelenskiy", "2022-03-01").agent());
        assertEquals("ELI", actor("Petro Poroshenko", "2022-03-01").agent());
        assertEquals("ISR", actor("Bibi Netanyahu", "2023-10-07").country());
        assertEquals("NGA", actor("Bola Tinubu", "2024-05-01").country());
    }

    @Test
    void defence_minister_is_government_with_military_secondary() {
        Actor gallant = actor("Yoav Gallant", "2023-11-01");
        assertEquals("ISR", gallant.country());
        assertEquals("GOV", gallant.agent());
        assertEquals("MIL", gallant.secondary());
    }

    @Test
    void armed_group_leader_is_coded_as_rebel() {
        assertEquals("REB", actor("Hassan Nasrallah", "2020-01-01").agent());
        assertEquals("LBN", actor("Hassan Nasrallah", "2020-01-01").country());
    }

    @Test
    void breakaway_region_leader_is_coded_pre_under_the_parent_state() {
        Actor tatar = actor("Ersin Tatar", "2022-01-01");
        assertEquals("CYP", tatar.country());
        assertEquals("PRE", tatar.agent());
    }
}
