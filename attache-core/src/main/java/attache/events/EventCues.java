package attache.events;

import attache.lexicon.WordLists;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell how an event is told: reporting verbs, intent, hypothesis, future, negation.
 * Data in {@code lexicons/events/cues.tsv}, whose header explains each kind.
 */
public final class EventCues {

    /** The kinds of cue, as the file names them. */
    public enum Kind { REPORT, INTENT, HYPOTHETICAL, FUTURE, NEGATIVE, WITHOUT, DEMAND, CARRIER, FAILURE, RULED_OUT }

    private final Map<Kind, Set<String>> words;

    private EventCues(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    public static EventCues bundled() {
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (String line : WordLists.read("/lexicons/events/cues.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("cues.tsv: expected 'kind<TAB>lemma', not '" + line + "'");
            }
            Kind kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            words.computeIfAbsent(kind, k -> new HashSet<>()).add(cols[1].strip());
        }
        words.replaceAll((k, v) -> Set.copyOf(v));
        return new EventCues(words);
    }

    public boolean is(Kind kind, String lemma) {
        return words.getOrDefault(kind, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * "ruled out lifting the sanctions", "lifting the sanctions is out of the question": a ruled_out
     * word (cues.tsv) with its particle "out", governing an act that is therefore refused.
     */
    boolean rulesOut(ParseWalker walker, int governor) {
        return is(Kind.RULED_OUT, walker.lemma(governor)) && walker.sentence().childrenOf(governor).stream()
                .anyMatch(d -> (d.relation().equals("compound:prt") || d.relation().equals("case"))
                        && walker.lemma(d.dependent()).equalsIgnoreCase("out"));
    }
}
