package attache.clean;

import attache.ingest.InputException;
import attache.lexicon.WordLists;
import attache.model.AnalyzedArticle;
import attache.model.Layer;
import attache.pipeline.Stage;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses an article whose body is not in English, since every model after it is English-only and
 * would produce confident nonsense. The test is cheap and transparent: most letters must be Latin,
 * and the body must not use another language's function words ("der", "les", "que", "yang") more
 * than English ones. Counting both sides keeps English tables and lists (results, prices, recipes),
 * which have few function words of any language, from being taken for foreign text. The word lists
 * are data: {@code lexicons/english-function-words.txt} and {@code lexicons/foreign-function-words.tsv}.
 */
public final class LanguageCheck implements Stage {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_FOREIGN_HITS = 5;
    private static final double MIN_LATIN_SHARE = 0.6;

    private final Set<String> english;
    private final Map<String, Set<String>> foreign;

    /**
     * @param english English function words
     * @param foreign function words by language code; words also in {@code english} are ignored
     */
    public LanguageCheck(Set<String> english, Map<String, Set<String>> foreign) {
        this.english = Set.copyOf(english);
        Map<String, Set<String>> own = new TreeMap<>();
        foreign.forEach((lang, words) -> own.put(lang, words.stream().filter(w -> !english.contains(w))
                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        this.foreign = Collections.unmodifiableMap(own);
    }

    /** The check with the bundled word lists. */
    public static LanguageCheck english() {
        Map<String, Set<String>> foreign = new TreeMap<>();
        for (String line : WordLists.read("/lexicons/foreign-function-words.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("foreign-function-words.tsv: expected 'language<TAB>word': " + line);
            }
            foreign.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1].toLowerCase(Locale.ROOT));
        }
        Set<String> english = new HashSet<>();
        WordLists.read("/lexicons/english-function-words.txt").forEach(w -> english.add(w.toLowerCase(Locale.ROOT)));
        return new LanguageCheck(english, foreign);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of();
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String body = in.body().text();
        if (body.isBlank()) {
            throw new InputException(in.article().origin(), "no article text left once boilerplate is removed");
        }
        int latin = 0;
        int letters = 0;
        Character.UnicodeScript other = null;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (other == null) {
                    other = script;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters > 0 && latin < letters * MIN_LATIN_SHARE) {
            throw new InputException(in.article().origin(), "not in English: most letters are in "
                    + (other == null ? "another" : other.name().toLowerCase(Locale.ROOT)) + " script");
        }
        checkFunctionWords(in, body);
        return in;
    }

    private void checkFunctionWords(AnalyzedArticle in, String body) {
        Matcher m = WORD.matcher(body);
        int englishHits = 0;
        Map<String, Integer> foreignHits = new TreeMap<>();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (english.contains(w)) {
                englishHits++;
            }
            foreign.forEach((lang, words) -> {
                if (words.contains(w)) {
                    foreignHits.merge(lang, 1, Integer::sum);
                }
            });
        }
        for (Map.Entry<String, Integer> e : foreignHits.entrySet()) {
            if (e.getValue() >= MIN_FOREIGN_HITS && e.getValue() > englishHits) {
                throw new InputException(in.article().origin(), String.format(Locale.ROOT,
                        "not in English: it reads as '%s' (%d of its function words, %d English ones)", e.getKey(),
                        e.getValue(), englishHits));
            }
        }
    }

}
