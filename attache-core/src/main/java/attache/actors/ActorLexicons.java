package attache.actors;

import attache.lexicon.ContextualReferences;
import attache.lexicon.CountryLexicon;
import attache.lexicon.OrganisationLexicon;
import attache.lexicon.PeopleLexicon;
import attache.lexicon.PetrarchActorReader;
import attache.lexicon.PetrarchActors;
import attache.lexicon.PetrarchAgentReader;
import attache.lexicon.RoleLexicon;
import attache.lexicon.UserDictionary;
import attache.lexicon.WordLists;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every lexicon actor resolution reads: countries, organisations, context-bound references ("the
 * North"), role nouns and people with dated offices. The bundled ones, optionally extended by users'
 * dictionaries read at start-up, so adding an entry needs no rebuild.
 */
public record ActorLexicons(CountryLexicon countries, OrganisationLexicon organisations,
                            ContextualReferences references, RoleLexicon roles, PeopleLexicon people,
                            Set<String> institutions) {

    public ActorLexicons {
        institutions = Set.copyOf(institutions);
    }

    public static ActorLexicons bundled() {
        return new ActorLexicons(CountryLexicon.bundled(), OrganisationLexicon.bundled(),
                ContextualReferences.bundled(), RoleLexicon.bundled(), PeopleLexicon.bundled(),
                words("/lexicons/actors/institutions.txt"));
    }

    /** A one-word-a-line resource, lower-cased. */
    static Set<String> words(String resource) {
        return WordLists.read(resource).stream().map(l -> l.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * These lexicons extended by dictionary files: our JSON format ({@code .json}, see
     * docs/dictionaries.md), or PETRARCH / Phoenix dictionaries ({@code .txt}: an agents file when its
     * name contains "agents", an actors file otherwise).
     */
    public ActorLexicons with(List<Path> dictionaries) {
        ActorLexicons out = this;
        for (Path file : dictionaries) {
            out = out.with(file);
        }
        return out;
    }

    private ActorLexicons with(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            UserDictionary user = UserDictionary.read(file);
            return new ActorLexicons(countries, organisations.with(user.organisations(), file.toString()), references,
                    roles, people.merge(PeopleLexicon.of(user.people())), institutions);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.contains("agents")) {
                return new ActorLexicons(countries, organisations, references,
                        roles.merge(PetrarchAgentReader.read(reader, file.toString()).roles()), people, institutions);
            }
            PetrarchActors actors = PetrarchActorReader.read(reader, file.toString());
            return new ActorLexicons(countries, organisations.with(actors.organisations(), file.toString()), references,
                    roles, people.merge(PeopleLexicon.of(actors.people())), institutions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }
}
