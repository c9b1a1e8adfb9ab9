package attache.lexicon;

import attache.actors.Organisation;
import attache.actors.Person;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PetrarchActorReader} read: every entry, and the lines it skipped.
 *
 * @param actors  the entries, in file order
 * @param skipped one message per skipped line or code, "file:line: reason: text"
 */
public record PetrarchActors(List<NamedActor> actors, List<String> skipped) {

    public PetrarchActors {
        actors = List.copyOf(actors);
        skipped = List.copyOf(skipped);
    }

    /** The entries with dated codes, as people with offices. */
    public List<Person> people() {
        return actors.stream().filter(NamedActor::dated).map(NamedActor::toPerson).toList();
    }

    /** The entries with one undated organisation code, as organisations. */
    public List<Organisation> organisations() {
        return actors.stream().map(NamedActor::toOrganisation).flatMap(Optional::stream).toList();
    }

    /**
     * These actors, or an exception listing the skipped lines, for callers that want a
     * dictionary read in full or not at all.
     */
    public PetrarchActors requireClean() {
        if (!skipped.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", skipped));
        }
        return this;
    }
}
