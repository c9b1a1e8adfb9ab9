package attache.lexicon;

import attache.model.Actor;
import attache.actors.Office;
import attache.actors.Person;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleLexiconTest {

    private static final PeopleLexicon BUNDLED = PeopleLexicon.bundled();

    private static Person person(String name) {
        return BUNDLED.find(name).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    private static Office office(Person p, String date) {
        return p.officeOn(LocalDate.parse(date)).orElseThrow(() -> new AssertionError(p.name() + " out of office"));
    }

    @Test
    void putin_is_prime_minister_in_2010() {
        Office o = office(person("Vladimir Putin"), "2010-06-01");
        assertEquals("Prime Minister", o.title());
        assertEquals("RUS", o.country());
        assertEquals("GOV", o.agent());
        assertEquals("President", office(person("Vladimir Putin"), "2005-06-01").title());
        assertEquals("President", office(person("Vladimir Putin"), "2020-06-01").title());
    }

    @Test
    void trump_is_not_in_office_in_2022() {
        Person trump = person("Donald Trump");
        assertTrue(trump.officeOn(LocalDate.parse("2022-06-01")).isEmpty());
        assertEquals("President", office(trump, "2019-06-01").title());
        assertEquals("President", office(trump, "2025-06-01").title());
    }

    @Test
    void former_official_resolves_to_nationality_as_elite() {
        Actor actor = PeopleLexicon.actorOn(person("Donald Trump"), LocalDate.parse("2022-06-01"));
        assertEquals("USAELI", actor.code());
        assertEquals("people:Donald Trump", actor.source());
    }

    @Test
    void biegun_is_special_representative_in_october_2019() {
        assertEquals("Special Representative for North Korea", office(person("Stephen Biegun"), "2019-10-05").title());
        assertEquals("Deputy Secretary of State", office(person("Stephen Biegun"), "2020-06-01").title());
    }

    @Test
    void founding_article_figures_hold_their_offices() {
        assertEquals("KORGOV", PeopleLexicon.actorOn(person("Lee Do-hoon"), LocalDate.parse("2019-10-05")).code());
        assertEquals("PRKGOV", PeopleLexicon.actorOn(person("Kim Myong-gil"), LocalDate.parse("2019-10-05")).code());
        assertEquals("PRKGOV", PeopleLexicon.actorOn(person("Kim Jong-un"), LocalDate.parse("2019-10-05")).code());
        assertEquals("USAGOV", PeopleLexicon.actorOn(person("Donald Trump"), LocalDate.parse("2019-10-05")).code());
    }

    @Test
    void secretary_general_resolves_to_united_nations() {
        Actor actor = PeopleLexicon.actorOn(person("Antonio Guterres"), LocalDate.parse("2020-01-01"));
        assertEquals("IGO", actor.country());
        assertEquals("UNO", actor.organisation());
        assertEquals(null, actor.agent());
        assertEquals("IGOUNO", actor.code());
        assertEquals("PRT", person("Antonio Guterres").country());
    }

    @Test
    void defence_minister_has_military_as_secondary_sector() {
        Office o = office(person("Lloyd Austin"), "2022-01-01");
        assertEquals("GOV", o.agent());
        assertEquals("MIL", o.secondary());
    }

    @Test
    void finds_person_ignoring_hyphens_spaces_case_and_accents() {
        Person lee = person("Lee Do-hoon");
        assertEquals(lee, person("Lee Do hoon"));
        assertEquals(lee, person("LEE DO-HOON"));
        assertEquals(lee, person("Do-hoon Lee"));
        assertEquals(person("António Guterres"), person("antonio guterres"));
        assertEquals(person("Recep Tayyip Erdoğan"), person("Recep Tayyip Erdogan"));
    }

    @Test
    void finds_person_by_alias() {
        assertEquals("Kim Jong-un", person("Kim Jong Eun").name());
        assertEquals("Sergey Lavrov", person("Sergei Lavrov").name());
    }

    @Test
    void does_not_find_bare_surname() {
        assertTrue(BUNDLED.find("Putin").isEmpty());
        assertTrue(BUNDLED.find("Kim").isEmpty());
    }

    @Test
    void merge_combines_offices_of_the_same_person() {
        Office adviser = new Office("USA", "GOV", null, "Senior Adviser", LocalDate.parse("2022-01-01"), null);
        Person extra = new Person("donald trump", List.of("The Donald"), null, List.of(adviser));
        PeopleLexicon merged = BUNDLED.merge(PeopleLexicon.of(List.of(extra)));
        Person trump = merged.find("Donald J. Trump").orElseThrow();
        assertEquals("Senior Adviser", office(trump, "2022-06-01").title());
        assertEquals("President", office(trump, "2019-06-01").title());
        assertEquals(trump, merged.find("The Donald").orElseThrow());
        assertEquals("USA", trump.country());
        assertEquals(BUNDLED.all().size(), merged.all().size());
    }

    @Test
    void merge_adds_new_people_and_repoints_claimed_aliases() {
        Person newcomer = new Person("Jane Example", List.of("Jokowi"), "IDN", List.of());
        PeopleLexicon merged = BUNDLED.merge(PeopleLexicon.of(List.of(newcomer)));
        assertEquals("Jane Example", merged.find("Jokowi").orElseThrow().name());
        assertEquals("Joko Widodo", merged.find("Joko Widodo").orElseThrow().name());
        assertEquals(BUNDLED.all().size() + 1, merged.all().size());
    }

    @Test
    void rejects_two_people_with_one_alias() {
        Person a = new Person("A Person", List.of("Same"), "USA", List.of());
        Person b = new Person("B Person", List.of("same"), "USA", List.of());
        assertThrows(IllegalArgumentException.class, () -> PeopleLexicon.of(List.of(a, b)));
    }

    @Test
    void parses_rows_of_one_person_into_one_entry() throws IOException {
        String tsv = "# comment\n"
                + "Jane Roe\tJ. Roe\tUSA\tUSA\t\tGOV\t\tSenator\t2001-01-03\t2007-01-03\n"
                + "Jane Roe\t\t\tIGO\tUNO\t\t\tEnvoy\t2008-01-01\t\n";
        PeopleLexicon lexicon = PeopleLexicon.parse(new StringReader(tsv), "test.tsv");
        Person roe = lexicon.find("J Roe").orElseThrow();
        assertEquals(2, roe.offices().size());
        assertEquals("USA", roe.country());
        assertEquals("IGOUNO", PeopleLexicon.actorOn(roe, LocalDate.parse("2010-01-01")).code());
    }

    @Test
    void rejects_row_naming_its_line() {
        String tsv = "\nJane Roe\t\tUSA\tUSA\t\tGOV\t\tSenator\t2007-01-03\t2001-01-03\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeopleLexicon.parse(new StringReader(tsv), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains("before it starts"), e.getMessage());
    }

    @Test
    void rejects_bad_country_and_column_count() {
        String badCountry = "Jane Roe\t\tUS\tUSA\t\tGOV\t\tSenator\t\t\n";
        String tooFew = "Jane Roe\t\tUSA\tUSA\n";
        String conflicting = "Jane Roe\t\tUSA\tUSA\t\tGOV\t\tSenator\t\t\nJane Roe\t\tGBR\tGBR\t\tGOV\t\tMP\t\t\n";
        for (String tsv : List.of(badCountry, tooFew, conflicting)) {
            assertThrows(IllegalArgumentException.class, () -> PeopleLexicon.parse(new StringReader(tsv), "t"));
        }
    }

    @Test
    void a_surname_and_title_two_holders_of_one_office_share_names_that_office() {
        // George H. W. Bush and George W. Bush were both President of the United States.
        var fit = BUNDLED.findBySurnameAndTitle("Bush", "President Bush").orElseThrow();
        assertEquals("USA", fit.getValue().country());
        assertEquals("George W. Bush", fit.getKey().name());
    }

    @Test
    void archive_era_leaders_resolve_to_their_country_out_of_office() {
        var mubarak = PeopleLexicon.actorOn(BUNDLED.find("Hosni Mubarak").orElseThrow(), java.time.LocalDate.of(2015, 1, 1));
        assertEquals("EGYELI", mubarak.code());
        var menem = PeopleLexicon.actorOn(BUNDLED.find("Carlos Menem").orElseThrow(), java.time.LocalDate.of(1995, 1, 1));
        assertEquals("ARGGOV", menem.code());
    }
}
