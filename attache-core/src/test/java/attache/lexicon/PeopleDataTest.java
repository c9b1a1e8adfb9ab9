package attache.lexicon;

import attache.actors.Office;
import attache.actors.Person;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks on the bundled data that catch typing errors in dates: offices that end before they start,
 * two holders of one office at once, and gaps in the coverage the file's header claims.
 */
class PeopleDataTest {

    private static final List<Person> PEOPLE = PeopleLexicon.bundled().all();

    private static final Set<String> FOREIGN_MINISTER = Set.of("Foreign Minister", "Acting Foreign Minister",
            "Secretary of State", "Foreign Secretary", "External Affairs Minister",
            "High Representative for Foreign Affairs");

    /** Heads of state by country: every other G20 member's title, and the monarch for GBR (also CAN, AUS). */
    private static final Map<String, Set<String>> HEAD_OF_STATE = Map.ofEntries(
            Map.entry("ARG", Set.of("President", "Acting President")), Map.entry("BRA", Set.of("President")),
            Map.entry("CHN", Set.of("President")), Map.entry("FRA", Set.of("President")),
            Map.entry("DEU", Set.of("President")), Map.entry("IND", Set.of("President")),
            Map.entry("IDN", Set.of("President")), Map.entry("ITA", Set.of("President")),
            Map.entry("JPN", Set.of("Emperor")), Map.entry("MEX", Set.of("President")),
            Map.entry("RUS", Set.of("President")), Map.entry("SAU", Set.of("King")),
            Map.entry("ZAF", Set.of("President")), Map.entry("KOR", Set.of("President")),
            Map.entry("TUR", Set.of("President")), Map.entry("GBR", Set.of("Monarch")),
            Map.entry("USA", Set.of("President")), Map.entry("PRK", Set.of("Supreme Leader")),
            Map.entry("EEC", Set.of("President of the European Commission")),
            Map.entry("UNO", Set.of("Secretary-General")));

    /** Heads of government where they are not the head of state. */
    private static final Map<String, Set<String>> HEAD_OF_GOVERNMENT = Map.ofEntries(
            Map.entry("AUS", Set.of("Prime Minister")), Map.entry("CAN", Set.of("Prime Minister")),
            Map.entry("CHN", Set.of("Premier")), Map.entry("FRA", Set.of("Prime Minister")),
            Map.entry("DEU", Set.of("Chancellor")), Map.entry("IND", Set.of("Prime Minister")),
            Map.entry("ITA", Set.of("Prime Minister")), Map.entry("JPN", Set.of("Prime Minister")),
            Map.entry("RUS", Set.of("Prime Minister")), Map.entry("GBR", Set.of("Prime Minister")),
            Map.entry("PRK", Set.of("Premier")), Map.entry("SAU", Set.of("King", "Prime Minister")));

    private static final Set<String> FOREIGN_MINISTRIES = Set.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU",
            "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "PRK", "EEC");

    /** Days with no holder that really had none, with the reason. */
    private static final Set<String> KNOWN_GAPS = Set.of(
            "foreign minister ARG 2002-01-01", // between Rodríguez Saá's fall and Duhalde's cabinet
            "foreign minister MEX 2023-07-01"); // Ebrard resigned on 12 June, Bárcena sworn in on 3 July

    /** Where an office sits: its country, or the organisation for an IGO/NGO office. */
    private static String place(Office o) {
        return OfficeRows.international(o.country()) ? o.agent() : o.country();
    }

    private static boolean held(String place, Set<String> titles, LocalDate day) {
        for (Person p : PEOPLE) {
            for (Office o : p.offices()) {
                if (place(o).equals(place) && titles.contains(o.title()) && o.heldOn(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every 1 January and 1 July from 2000 to 2026, Turkey's prime minister until the office ended in 2018. */
    @Test
    void every_g20_member_has_its_leaders_and_foreign_minister_on_sample_days() {
        List<String> missing = new ArrayList<>();
        for (int year = 2000; year <= 2026; year++) {
            for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1))) {
                check("head of state", HEAD_OF_STATE, day, missing);
                check("head of government", HEAD_OF_GOVERNMENT, day, missing);
                if (day.getYear() <= 2017 && !held("TUR", Set.of("Prime Minister"), day)) {
                    missing.add("head of government TUR " + day);
                }
                if (day.getYear() >= 2004 && !held("AFU", Set.of("Chairperson of the African Union Commission"), day)) {
                    missing.add("head of AFU " + day);
                }
                if (day.getYear() >= 2010 && !held("EEC", Set.of("President of the European Council"), day)) {
                    missing.add("European Council president " + day);
                }
                for (String place : FOREIGN_MINISTRIES) {
                    if (!held(place, FOREIGN_MINISTER, day)) {
                        missing.add("foreign minister " + place + " " + day);
                    }
                }
            }
        }
        missing.removeAll(KNOWN_GAPS);
        assertEquals(List.of(), missing);
    }

    private static void check(String what, Map<String, Set<String>> titles, LocalDate day, List<String> missing) {
        titles.forEach((place, names) -> {
            if (!held(place, names, day)) {
                missing.add(what + " " + place + " " + day);
            }
        });
    }

    @Test
    void no_office_ends_before_it_starts() {
        for (Person p : PEOPLE) {
            for (Office o : p.offices()) {
                if (o.start() != null && o.end() != null && o.end().isBefore(o.start())) {
                    throw new AssertionError(p.name() + ": " + o);
                }
            }
        }
    }

    /**
     * Every office in the bundled file has one holder at a time (it records no collective offices), so
     * two holders may share only a handover day. The kings of Saudi Arabia were also prime minister,
     * which is a title of another row, so they do not clash with Mohammed bin Salman.
     */
    @Test
    void no_single_holder_office_has_two_holders_at_once() {
        Map<String, List<String>> byOffice = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Person p : PEOPLE) {
            for (Office o : p.offices()) {
                String key = place(o) + "/" + o.title();
                for (String other : byOffice.getOrDefault(key, List.of())) {
                    String[] parts = other.split("\t");
                    Office prior = findOffice(parts[0], key, parts[1]);
                    if (!parts[0].equals(p.name()) && overlapDays(o, prior) > 1) {
                        clashes.add(key + ": " + p.name() + " and " + parts[0]);
                    }
                }
                byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name() + "\t" + o.start());
            }
        }
        assertEquals(List.of(), clashes);
    }

    private static Office findOffice(String name, String key, String start) {
        for (Person p : PEOPLE) {
            for (Office o : p.offices()) {
                if (p.name().equals(name) && (place(o) + "/" + o.title()).equals(key)
                        && String.valueOf(o.start()).equals(start)) {
                    return o;
                }
            }
        }
        throw new AssertionError("lost " + name);
    }

    private static long overlapDays(Office a, Office b) {
        LocalDate start = max(a.start(), b.start());
        LocalDate end = min(a.end(), b.end());
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        LocalDate x = a == null ? LocalDate.MIN.plusDays(1) : a;
        LocalDate y = b == null ? LocalDate.MIN.plusDays(1) : b;
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        LocalDate x = a == null ? LocalDate.of(9999, 1, 1) : a;
        LocalDate y = b == null ? LocalDate.of(9999, 1, 1) : b;
        return x.isBefore(y) ? x : y;
    }
}
