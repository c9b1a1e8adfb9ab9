package attache.lexicon;

import attache.events.Plover;
import attache.events.PredicateFrame;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many gold PLOVER sentences (the CAMEO manual's examples coded in PLOVER) contain some
 * lexicon lemma that can yield the gold type. An upper bound for the coder, not its score:
 * there is no parse here, so constraints and arguments are ignored and words are matched
 * to lemmas by regular inflection plus a few irregular verbs.
 */
class PredicateCoverageTest {

    /** 75.5% was reached when the lexicon was written; the floor leaves a margin for edits. */
    private static final double FLOOR = 0.72;

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("held", "hold"), Map.entry("gave", "give"),
            Map.entry("given", "give"), Map.entry("sent", "send"), Map.entry("struck", "strike"),
            Map.entry("shot", "shoot"), Map.entry("fought", "fight"), Map.entry("sought", "seek"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
            Map.entry("threw", "throw"), Map.entry("told", "tell"), Map.entry("said", "say"),
            Map.entry("paid", "pay"), Map.entry("led", "lead"), Map.entry("beaten", "beat"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("forbade", "forbid"), Map.entry("drove", "drive"),
            Map.entry("driven", "drive"), Map.entry("put", "put"), Map.entry("cut", "cut"),
            Map.entry("hit", "hit"), Map.entry("shut", "shut"), Map.entry("laid", "lay"),
            Map.entry("flew", "fly"), Map.entry("rang", "ring"), Map.entry("spoke", "speak"),
            Map.entry("slew", "slay"), Map.entry("hung", "hang"), Map.entry("found", "find"));

    @Test
    void most_gold_sentences_contain_a_lemma_of_their_type() throws IOException {
        Path gold = SharedData.require("data/plover/plover_gsr_cameo.jsonl");
        Map<String, Set<Plover>> typesByLemma = typesByLemma(PredicateLexicon.bundled());
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int reached = 0;
        Map<Plover, int[]> byType = new HashMap<>();
        for (String line : Files.readAllLines(gold)) {
            JsonNode record = json.readTree(line);
            Optional<Plover> type = Plover.parse(record.path("event").asText());
            if (type.isEmpty()) {
                continue;
            }
            boolean hit = reachable(record.path("text").asText(), type.get(), typesByLemma);
            total++;
            reached += hit ? 1 : 0;
            int[] counts = byType.computeIfAbsent(type.get(), t -> new int[2]);
            counts[0] += hit ? 1 : 0;
            counts[1]++;
        }
        double share = (double) reached / total;
        System.out.printf(Locale.ROOT, "predicate lexicon reaches the gold type in %d of %d sentences (%.1f%%)%n",
                reached, total, 100 * share);
        byType.forEach((t, c) -> System.out.printf(Locale.ROOT, "  %-9s %d/%d%n", t, c[0], c[1]));
        assertTrue(share >= FLOOR, "coverage fell to " + share);
    }

    private static Map<String, Set<Plover>> typesByLemma(PredicateLexicon lexicon) {
        Map<String, Set<Plover>> map = new HashMap<>();
        for (PredicateFrame frame : lexicon.all()) {
            frame.plover().ifPresent(p -> map.computeIfAbsent(frame.lemma(), l -> EnumSet.noneOf(Plover.class)).add(p));
        }
        return map;
    }

    private static boolean reachable(String text, Plover type, Map<String, Set<Plover>> typesByLemma) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
            for (String lemma : candidates(word)) {
                if (typesByLemma.getOrDefault(lemma, Set.of()).contains(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lemmas a word form may have: itself, irregulars, and the regular -s/-es/-ed/-ing stems. */
    private static List<String> candidates(String word) {
        List<String> out = new java.util.ArrayList<>(List.of(word));
        Optional.ofNullable(IRREGULAR.get(word)).ifPresent(out::add);
        for (String suffix : List.of("ies", "ied", "s", "es", "ed", "d", "ing")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                out.add(stem + "y");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return out;
    }
}
