package attache.lexicon;

import attache.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full PETRARCH / Phoenix dictionaries in ../shared read without failing. */
class PetrarchSharedDictionariesTest {

    private static final RoleLexicon CODEBOOK = RoleLexicon.bundled();

    private static PetrarchActors actors(String file) throws IOException {
        Path path = SharedData.require("data/petrarch2/" + file);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return PetrarchActorReader.read(r, file, CODEBOOK);
        }
    }

    private static PetrarchAgents agents(String file) throws IOException {
        Path path = SharedData.require("data/petrarch2/" + file);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return PetrarchAgentReader.read(r, file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"})
    void reads_full_actor_dictionary(String file) throws IOException {
        PetrarchActors read = actors(file);
        assertTrue(read.actors().size() > 100, "actors: " + read.actors().size());
        // The skipped lines are the files' own typos (seven-digit dates, codes with digits),
        // which PETRARCH skips too; a jump here means the reader broke, not the data.
        assertTrue(read.skipped().size() < 30, String.join("\n", read.skipped()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phoenix.agents.txt", "PETR.Validate.agents.txt"})
    void reads_full_agent_dictionary(String file) throws IOException {
        PetrarchAgents read = agents(file);
        assertTrue(read.roles().size() > 50, "roles: " + read.roles().size());
        assertTrue(read.skipped().size() < 20, String.join("\n", read.skipped()));
    }

    @Test
    void phoenix_office_holder_has_the_role_of_the_day() throws IOException {
        NamedActor shah = actors("Phoenix.Countries.actors.txt").actors().stream()
                .filter(a -> a.name().equals("MOHAMMAD ZAHIR SHAH")).findFirst().orElseThrow();
        assertEquals("AFGGOV", shah.codeOn(LocalDate.of(1950, 1, 1)).orElseThrow().raw());
        assertEquals("AFG", shah.toPerson().officeOn(LocalDate.of(1950, 1, 1)).orElseThrow().country());
    }

    @Test
    void phoenix_agents_merge_into_bundled_roles() throws IOException {
        RoleLexicon merged = RoleLexicon.bundled().merge(agents("Phoenix.agents.txt").roles());
        assertEquals("GOV", merged.find("foreign ministers").orElseThrow().role().agent());
        assertEquals("AGR", merged.find("dairy farmers").orElseThrow().role().agent());
        assertEquals("MIL", merged.find("minister for defence").orElseThrow().role().secondary());
    }
}
