package attache.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words temporal expressions are made of, read from {@code lexicons/time/*.tsv}: weekday and
 * month names, number words, units, parts of the day, seasons, vague references and frequencies.
 * Immutable once loaded; one instance serves every thread.
 */
public final class TimeLexicon {

    /** A duration unit: its TIMEX3 letter(s) ("Y", "TH") and how many of them one word stands for. */
    public record Unit(String code, int multiple) {
        public boolean timeOfDay() {
            return code.startsWith("T");
        }
    }

    /** A season: its TIMEX3 code and the month it begins in. */
    public record Season(String code, int firstMonth) {
    }

    private static final String DIR = "/lexicons/time/";

    private final Map<String, List<String>> weekdays;
    private final Map<String, List<String>> months;
    private final Map<String, List<String>> numbers;
    private final Map<String, List<String>> units;
    private final Map<String, List<String>> dayParts;
    private final Map<String, List<String>> seasons;
    private final Map<String, List<String>> vague;
    private final Map<String, List<String>> sets;
    private final Set<String> spotted;
    private final Set<String> notTimes;
    private final Set<String> intentVerbs;

    private TimeLexicon() {
        weekdays = read("weekdays.tsv");
        months = read("months.tsv");
        numbers = read("numbers.tsv");
        units = read("units.tsv");
        dayParts = read("dayparts.tsv");
        seasons = read("seasons.tsv");
        vague = read("vague.tsv");
        sets = read("sets.tsv");
        spotted = read("spotted.tsv").keySet();
        notTimes = read("not-times.tsv").keySet();
        intentVerbs = read("intent-verbs.tsv").keySet();
    }

    /** Reads the lexicons from the class path. */
    public static TimeLexicon load() {
        return new TimeLexicon();
    }

    /** ISO day number (Monday 1) of a weekday name. */
    public Optional<Integer> weekday(String word) {
        return Optional.ofNullable(weekdays.get(word)).map(v -> Integer.parseInt(v.get(0)));
    }

    public Optional<Integer> month(String word) {
        return Optional.ofNullable(months.get(word)).map(v -> Integer.parseInt(v.get(0)));
    }

    /** The number a word stands for, as TIMEX3 writes it: digits, or "X" for an unspecified amount. */
    public Optional<String> number(String word) {
        if (word.matches("\\d{1,4}")) {
            return Optional.of(String.valueOf(Integer.parseInt(word)));
        }
        return Optional.ofNullable(numbers.get(word)).map(v -> v.get(0));
    }

    public Optional<Unit> unit(String word) {
        return Optional.ofNullable(units.get(word)).map(v -> new Unit(v.get(0), Integer.parseInt(v.get(1))));
    }

    public Optional<String> dayPart(String word) {
        return Optional.ofNullable(dayParts.get(word)).map(v -> v.get(0));
    }

    public Optional<Season> season(String word) {
        return Optional.ofNullable(seasons.get(word)).map(v -> new Season(v.get(0), Integer.parseInt(v.get(1))));
    }

    /** PRESENT_REF, PAST_REF or FUTURE_REF for a whole phrase ("at the moment"). */
    public Optional<String> vague(String phrase) {
        return Optional.ofNullable(vague.get(phrase)).map(v -> v.get(0));
    }

    public Optional<String> frequency(String word) {
        return Optional.ofNullable(sets.get(word)).map(v -> v.get(0));
    }

    /** Vague phrases to look for in the text when the tagger did not find them. */
    public Set<String> spottedPhrases() {
        return spotted;
    }

    public boolean isNotTime(String phrase) {
        return notTimes.contains(phrase);
    }

    public boolean isIntentVerb(String lemma) {
        return intentVerbs.contains(lemma);
    }

    /** One entry per line: key, then tab-separated fields; {@code #} starts a comment line. */
    private static Map<String, List<String>> read(String name) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (InputStream in = TimeLexicon.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + DIR + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\t");
                entries.put(fields[0], List.of(fields).subList(1, fields.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return Map.copyOf(entries);
    }
}
