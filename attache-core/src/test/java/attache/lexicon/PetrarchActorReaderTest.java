package attache.lexicon;

import attache.model.Actor;
import attache.actors.Organisation;
import attache.actors.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchActorReaderTest {

    private static final String SNIPPET = "petrarch-actors.txt";
    private static PetrarchActors read;

    @BeforeAll
    static void readSnippet() throws IOException {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                PetrarchActorReaderTest.class.getResourceAsStream("/lexicon/" + SNIPPET)), StandardCharsets.UTF_8)) {
            read = PetrarchActorReader.read(r, SNIPPET);
        }
    }

    private static NamedActor actor(String name) {
        return read.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + read.actors()));
    }

    private static String codeOn(String name, String date) {
        return actor(name).codeOn(LocalDate.parse(date)).map(CameoActorCode::raw).orElse(null);
    }

    @Test
    void dated_role_changes_at_its_boundaries() {
        assertEquals("FRAGOV", codeOn("MARIA EXAMPLE", "2001-01-20"));
        assertEquals("FRAGOV", codeOn("MARIA EXAMPLE", "2009-01-20"));
        assertEquals("FRAELI", codeOn("MARIA EXAMPLE", "2009-01-21"));
        assertNull(codeOn("MARIA EXAMPLE", "2001-01-19"));
    }

    @Test
    void default_code_applies_outside_every_range_and_two_digit_years_pivot_at_30() {
        assertEquals("NORGOV", codeOn("JON SAMPLE", "1995-01-01"));
        assertEquals("NORGOV", codeOn("JON SAMPLE", "2005-12-31"));
        assertEquals("NORELI", codeOn("JON SAMPLE", "2006-01-01"));
        assertEquals("NORELI", codeOn("JON SAMPLE", "1994-12-31"));
    }

    @Test
    void reads_every_code_on_the_entry_line() {
        assertEquals("ESPLEG", codeOn("ANA TEST", "1999-12-31"));
        assertEquals("ESPELI", codeOn("ANA TEST", "2000-01-01"));
    }

    @Test
    void synonyms_become_aliases_and_comments_are_dropped() {
        assertEquals(List.of("M. EXAMPLE", "PRESIDENT EXAMPLE"), actor("MARIA EXAMPLE").aliases());
        assertEquals(List.of("NORDLANDER"), actor("NORDLAND").aliases());
        assertEquals(SNIPPET + ":4", actor("MARIA EXAMPLE").source());
    }

    @Test
    void dated_entry_becomes_person_with_offices() {
        Person p = actor("MARIA EXAMPLE").toPerson();
        assertEquals("GOV", p.officeOn(LocalDate.parse("2005-06-01")).orElseThrow().agent());
        assertEquals("ELI", p.officeOn(LocalDate.parse("2010-06-01")).orElseThrow().agent());
        assertEquals("FRA", p.offices().get(0).country());
        Person jon = actor("JON SAMPLE").toPerson();
        assertEquals("GOV", jon.officeOn(LocalDate.parse("2000-01-01")).orElseThrow().agent());
        assertEquals("ELI", jon.officeOn(LocalDate.parse("2010-01-01")).orElseThrow().agent());
        assertTrue(read.people().stream().anyMatch(x -> x.name().equals("MARIA EXAMPLE")));
    }

    @Test
    void country_only_code_becomes_the_persons_country() {
        assertEquals("NOR", actor("NORDLAND").toPerson().country());
    }

    @Test
    void international_and_group_codes_become_organisations() {
        Organisation who = actor("WORLD HEALTH BODY").toOrganisation().orElseThrow();
        assertEquals("UNO", who.code());
        assertEquals("IGO", who.kind());
        assertEquals("HLH", who.agent());
        assertEquals(List.of("WHB"), who.names());
        Organisation front = actor("PEOPLES FRONT").toOrganisation().orElseThrow();
        assertEquals("PFR", front.code());
        assertEquals("PSE", front.kind());
        assertEquals("REB", front.agent());
        assertTrue(read.organisations().contains(front));
    }

    @Test
    void code_parts_map_to_actor_fields() {
        Actor who = CameoActorCode.parse("IGOUNOHLH", RoleLexicon.bundled()).toActor("WHB", "test");
        assertEquals("IGO", who.country());
        assertEquals("UNO", who.organisation());
        assertEquals("IGOUNOHLH", who.code());
        CameoActorCode mil = CameoActorCode.parse("IMGMUSALQ", RoleLexicon.bundled());
        assertEquals("ALQ", mil.organisation());
        assertNull(mil.agent());
        CameoActorCode eli = CameoActorCode.parse("ELI", RoleLexicon.bundled());
        assertNull(eli.country());
        assertEquals("ELI", eli.agent());
        CameoActorCode gov = CameoActorCode.parse("USAGOVMIL", RoleLexicon.bundled());
        assertEquals("USA", gov.country());
        assertEquals("MIL", gov.secondary());
        assertTrue(CameoActorCode.parse("---", RoleLexicon.bundled()).none());
    }

    @Test
    void entry_without_code_takes_the_next_entrys_codes() {
        assertEquals("IGOUXN", codeOn("U.X.", "2020-01-01"));
    }

    @Test
    void malformed_codes_are_skipped_with_their_line_numbers() {
        assertEquals(3, read.skipped().size(), read.skipped().toString());
        assertTrue(read.skipped().get(0).startsWith(SNIPPET + ":26: date '2004017'"), read.skipped().get(0));
        assertTrue(read.skipped().get(1).startsWith(SNIPPET + ":28: 'usa' is no actor code"), read.skipped().get(1));
        assertTrue(read.skipped().get(2).startsWith(SNIPPET + ":28: entry has no code"), read.skipped().get(2));
        assertEquals("USAELI", codeOn("BAD DATE PERSON", "2005-01-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read::requireClean);
        assertTrue(e.getMessage().contains(SNIPPET + ":26"));
    }

    @Test
    void stops_at_stop_marker_and_skips_xml_comments() throws IOException {
        String text = "<!-- a comment -->\nA_ [USA]\n---STOP---\nB_ [GBR]\n";
        PetrarchActors small = PetrarchActorReader.read(new StringReader(text), "s");
        assertEquals(1, small.actors().size());
        assertTrue(small.skipped().isEmpty());
    }

    @Test
    void reversed_range_and_orphan_lines_are_skipped() throws IOException {
        String text = "\t[USAGOV]\n+ORPHAN\nA_\n\t[USAGOV 20100101-20000101]\n\t[USAELI]\nB_ [GBR\n";
        PetrarchActors small = PetrarchActorReader.read(new StringReader(text), "s");
        assertEquals(List.of("s:1", "s:2", "s:4", "s:6", "s:6"),
                small.skipped().stream().map(s -> s.substring(0, 3)).toList(), small.skipped().toString());
    }
}
