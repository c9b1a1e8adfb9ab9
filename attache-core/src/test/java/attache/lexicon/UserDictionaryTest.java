package attache.lexicon;

import attache.actors.Office;
import attache.actors.Organisation;
import attache.actors.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDictionaryTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, json);
        return file;
    }

    private static final String GOOD = """
            {"people": [{"name": "Noh Kyu-duk", "aliases": ["Noh Kyu Duk"], "country": "KOR",
                         "offices": [{"country": "KOR", "agent": "GOV", "secondary": null,
                                      "title": "Special Representative", "start": "2020-12-01", "end": null},
                                     {"country": "IGO", "organisation": "UNO",
                                      "title": "Envoy", "start": "2030-01-01"}]}],
             "organisations": [{"code": "KFM", "name": "Korean Foreign Ministry", "names": ["MOFA"],
                                "kind": "KOR", "agent": "GOV"}]}
            """;

    @Test
    void reads_people_and_organisations() throws IOException {
        UserDictionary dict = UserDictionary.read(write(GOOD));
        Person noh = dict.people().get(0);
        assertEquals("Noh Kyu-duk", noh.name());
        assertEquals("KOR", noh.country());
        Office first = noh.offices().get(0);
        assertEquals(LocalDate.parse("2020-12-01"), first.start());
        assertNull(first.end());
        assertEquals("IGOUNO", PeopleLexicon.actorOn(noh, LocalDate.parse("2031-01-01")).code());
        Organisation org = dict.organisations().get(0);
        assertEquals("KFM", org.code());
        assertEquals("KOR", org.kind());
        assertEquals("GOV", org.agent());
    }

    @Test
    void user_people_merge_into_bundled_lexicon() throws IOException {
        UserDictionary dict = UserDictionary.read(write(GOOD));
        PeopleLexicon merged = PeopleLexicon.bundled().merge(PeopleLexicon.of(dict.people()));
        assertEquals("Noh Kyu-duk", merged.find("noh kyu duk").orElseThrow().name());
    }

    private String error(String json) throws IOException {
        Path file = write(json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDictionary.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void rejects_office_that_ends_before_it_starts() throws IOException {
        String msg = error("""
                {"people": [{"name": "A B", "offices": [{"country": "KOR", "agent": "GOV", "title": "X",
                             "start": "2020-01-01", "end": "2019-01-01"}]}]}""");
        assertTrue(msg.contains("people[0] (A B).offices[0]"), msg);
        assertTrue(msg.contains("before it starts"), msg);
    }

    @Test
    void rejects_unknown_country_code_format() throws IOException {
        String msg = error("""
                {"people": [{"name": "A B", "country": "Korea"}]}""");
        assertTrue(msg.contains("people[0] (A B)") && msg.contains("'Korea'"), msg);
    }

    @Test
    void rejects_entry_without_name() throws IOException {
        assertTrue(error("{\"people\": [{\"country\": \"KOR\"}]}").contains("people[0]: missing name"));
        assertTrue(error("{\"organisations\": [{\"code\": \"X\", \"kind\": \"IGO\"}]}")
                .contains("organisations[0]: missing name"));
    }

    @Test
    void rejects_misspelt_field_bad_date_and_bad_json() throws IOException {
        assertTrue(error("{\"people\": [{\"name\": \"A B\", \"aliasses\": []}]}").contains("\"aliasses\""));
        assertTrue(error("""
                {"people": [{"name": "A B", "offices": [{"country": "KOR", "agent": "GOV", "title": "X",
                             "start": "2020-13-01"}]}]}""").contains("ISO date"));
        assertTrue(error("{\"people\": [").contains("not valid JSON"));
        assertTrue(error("""
                {"organisations": [{"code": "X", "name": "Y", "kind": "Global"}]}""").contains("'Global'"));
    }
}
