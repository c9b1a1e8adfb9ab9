package attache.events;

import attache.lexicon.FrameNotation;
import attache.lexicon.WordLists;
import attache.model.Actor;
import attache.model.Participant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The target of an event whose frame finds none on its own paths, looked for inside the phrase
 * the act is done to or about: "demanded the withdrawal of Serbian forces", "agreed to provide
 * aid for Poland", "called for sanctions against Nigeria". Where to start and how to go down are
 * data ({@code lexicons/events/nested-targets.tsv}); this class only walks them.
 */
final class NestedTargets {

    private static final int DEPTH = 3;
    private static final Set<String> INSTRUMENTS = Set.of("MIL", "COP");

    private final List<ArgumentPath> starts;
    private final List<ArgumentPath> descents;

    private NestedTargets(List<ArgumentPath> starts, List<ArgumentPath> descents) {
        this.starts = List.copyOf(starts);
        this.descents = List.copyOf(descents);
    }

    static NestedTargets bundled() {
        List<ArgumentPath> starts = new ArrayList<>();
        List<ArgumentPath> descents = new ArrayList<>();
        for (String line : WordLists.read("/lexicons/events/nested-targets.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || !(cols[0].equals("start") || cols[0].equals("descend"))) {
                throw new IllegalStateException("nested-targets.tsv: expected 'start|descend<TAB>PATH', not '" + line + "'");
            }
            ArgumentPath path;
            try {
                path = FrameNotation.path(cols[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("nested-targets.tsv: " + e.getMessage() + " in '" + line + "'", e);
            }
            (cols[0].equals("start") ? starts : descents).add(path);
        }
        return new NestedTargets(starts, descents);
    }

    /**
     * The target inside the predicate's object or obliques: of the actors found, breadth first
     * from each start in order, the first of a country none of the sources has ("strengthened its
     * forces in Lebanon" is not aimed at its own forces), else the first that is none of the
     * sources, and only actors with a country or organisation; with its conjuncts ("aid for Romania and Poland").
     */
    List<Participant> find(ParseWalker walker, int predicate, List<Participant> sources, Participants participants) {
        Set<String> sourceCountries = new HashSet<>();
        sources.forEach(s -> sourceCountries.add(s.actor().country()));
        List<Participant> sameCountry = List.of();
        for (ArgumentPath start : starts) {
            // The predicate's own object is the frame's business; a controlled verb's object
            // ("refused to meet King Abdullah") is not.
            boolean object = start.arcs().size() == 1 && start.first().relation().equals("obj");
            for (int head : walker.follow(predicate, start)) {
                for (Found at : below(walker, head, !object, participants)) {
                    List<Participant> found = at.parties();
                    List<Participant> others = found.stream().filter(p -> sources.stream().noneMatch(s -> same(s, p)))
                            .toList();
                    if (others.stream().anyMatch(p -> p.actor().country() != null
                            && !sourceCountries.contains(p.actor().country()))) {
                        return others;
                    }
                    if (sameCountry.isEmpty() && others.stream().anyMatch(p -> p.actor().country() != null)) {
                        // Its own country's forces are the source's instruments ("agreed to send
                        // British troops"), not the party it acts on.
                        // Forces met "with" or "against" are the other side ("a truce with
                        // Moslem forces", "clashes against army units"), whatever their country.
                        boolean facing = FACING.stream().anyMatch(m -> walker.hasCase(at.noun(), m));
                        sameCountry = others.stream().filter(p -> p.actor().country() != null
                                && (facing || !INSTRUMENTS.contains(String.valueOf(p.actor().agent())))).toList();
                    }
                }
            }
        }
        // A bare sector ("officials") is not looked for here: inside a phrase its country would
        // come from the sentence, most often the source's own.
        return sameCountry;
    }

    /** Prepositions by which a phrase names the party an act faces rather than its own means. */
    private static final Set<String> FACING = Set.of("with", "against");

    /** The parties one noun of the phrase names. */
    private record Found(int noun, List<Participant> parties) {
    }

    /** The actors in the phrase under {@code head}, nearest first, one list per noun that names some. */
    private List<Found> below(ParseWalker walker, int head, boolean itself, Participants participants) {
        List<Found> out = new ArrayList<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        queue.add(new int[] {head, 0});
        seen.add(head);
        while (!queue.isEmpty()) {
            int[] at = queue.removeFirst();
            if (at[1] > 0 || itself) {
                List<Participant> here = participants.at(walker, at[0]);
                if (!here.isEmpty()) {
                    out.add(new Found(at[0], here));
                    // An actor's own modifiers name it, not a party of its own ("Serbian forces").
                    continue;
                }
            }
            if (at[1] == DEPTH) {
                continue;
            }
            for (ArgumentPath descent : descents) {
                for (int child : walker.follow(at[0], descent)) {
                    if (seen.add(child)) {
                        queue.addLast(new int[] {child, at[1] + 1});
                    }
                }
            }
        }
        return out;
    }

    /**
     * The source itself, or an actor event data cannot tell from it: the same CAMEO code once a
     * state named as acting is read as its government ("Kostunica promised to democratize Serbia"
     * is SRBGOV on SRBGOV, nothing).
     */
    private static boolean same(Participant a, Participant b) {
        Actor x = a.throughGovernment().actor();
        Actor y = b.throughGovernment().actor();
        return a.mention().equals(b.mention()) || Objects.equals(x.code(), y.code());
    }
}
