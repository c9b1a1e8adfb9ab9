package attache.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    public enum Kind { REPORT, INTENT, HYPOTHETICAL, FUTURE, NEGATIVE, WITHOUT }

    private final Map<Kind, Set<String>> words;

    private EventCues(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    public static EventCues bundled() {
        String resource = "/lexicons/events/cues.tsv";
        InputStream in = EventCues.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 'kind<TAB>lemma'");
                }
                Kind kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
                words.computeIfAbsent(kind, k -> new HashSet<>()).add(cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.replaceAll((k, v) -> Set.copyOf(v));
        return new EventCues(words);
    }

    public boolean is(Kind kind, String lemma) {
        return words.getOrDefault(kind, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }
}
