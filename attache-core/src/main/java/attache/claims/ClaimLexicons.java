package attache.claims;

import attache.events.EventCues;
import attache.lexicon.WordLists;
import attache.model.Assessment;
import attache.model.Plover;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data the claim reader works from, all in {@code lexicons/claims/}: judging words
 * ({@code assessment.tsv}), issues ({@code topics.tsv}), stance verbs ({@code stances.tsv}),
 * evaluative statement verbs ({@code statement-verbs.txt}) and the nouns that name an episode
 * ({@code episodes.tsv}); and the event coder's reporting words ({@code lexicons/events/cues.tsv},
 * kind "report"), so that claims and reported events are read from the same verbs.
 */
public final class ClaimLexicons {

    /** A judging phrase's value: its polarity and the outcome it states, if any. */
    record Judgement(Assessment polarity, Optional<String> outcome) {
    }

    private final PhraseTable<Judgement> assessments;
    private final PhraseTable<String> topics;
    private final PhraseTable<String> stances;
    private final Set<String> statementVerbs;
    private final Map<String, Set<Plover>> episodes;
    private final EventCues cues;

    private ClaimLexicons(PhraseTable<Judgement> assessments, PhraseTable<String> topics, PhraseTable<String> stances,
                          Set<String> statementVerbs, Map<String, Set<Plover>> episodes, EventCues cues) {
        this.assessments = assessments;
        this.topics = topics;
        this.stances = stances;
        this.statementVerbs = statementVerbs;
        this.episodes = episodes;
        this.cues = cues;
    }

    public static ClaimLexicons bundled() {
        PhraseTable<Judgement> assessments = new PhraseTable<>();
        for (String line : WordLists.read("/lexicons/claims/assessment.tsv")) {
            String[] cols = columns(line, "assessment.tsv", 2, 3);
            Assessment polarity = switch (cols[0]) {
                case "positive" -> Assessment.POSITIVE;
                case "negative" -> Assessment.NEGATIVE;
                default -> throw new IllegalStateException("assessment.tsv: polarity must be positive or negative, not '"
                        + cols[0] + "'");
            };
            assessments.add(cols[1], new Judgement(polarity, cols.length == 3 ? Optional.of(cols[2]) : Optional.empty()));
        }
        PhraseTable<String> topics = new PhraseTable<>();
        for (String line : WordLists.read("/lexicons/claims/topics.tsv")) {
            String[] cols = columns(line, "topics.tsv", 2, 2);
            topics.add(cols[1], cols[0]);
        }
        PhraseTable<String> stances = new PhraseTable<>();
        for (String line : WordLists.read("/lexicons/claims/stances.tsv")) {
            String[] cols = columns(line, "stances.tsv", 2, 2);
            stances.add(cols[1], cols[0]);
        }
        Set<String> verbs = new HashSet<>(WordLists.read("/lexicons/claims/statement-verbs.txt"));
        Map<String, Set<Plover>> episodes = new HashMap<>();
        for (String line : WordLists.read("/lexicons/claims/episodes.tsv")) {
            String[] cols = columns(line, "episodes.tsv", 2, 2);
            Set<Plover> types = EnumSet.noneOf(Plover.class);
            for (String t : cols[1].split(",")) {
                types.add(Plover.parse(t).orElseThrow(() -> new IllegalStateException(
                        "episodes.tsv: '" + t + "' is not a PLOVER type")));
            }
            episodes.put(cols[0], Set.copyOf(types));
        }
        return new ClaimLexicons(assessments, topics, stances, Set.copyOf(verbs), Map.copyOf(episodes),
                EventCues.bundled());
    }

    private static String[] columns(String line, String file, int min, int max) {
        String[] cols = line.split("\t");
        if (cols.length < min || cols.length > max) {
            throw new IllegalStateException(file + ": expected " + min + (min == max ? "" : "-" + max)
                    + " tab-separated columns, not '" + line + "'");
        }
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }

    PhraseTable<Judgement> assessments() {
        return assessments;
    }

    PhraseTable<String> topics() {
        return topics;
    }

    PhraseTable<String> stances() {
        return stances;
    }

    /** Whether a lemma makes a statement: a reporting word of the event coder, or an evaluative verb. */
    boolean states(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return cues.is(EventCues.Kind.REPORT, l) || statementVerbs.contains(l);
    }

    /** Whether a lemma is one of the event coder's reporting words ("say", "claim", "statement"). */
    boolean reports(String lemma) {
        return cues.is(EventCues.Kind.REPORT, lemma.toLowerCase(Locale.ROOT));
    }

    /** The PLOVER types of events a noun can name ("talks": CONSULT), empty when it names none. */
    Set<Plover> episodeTypes(String lemma) {
        return episodes.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }
}
