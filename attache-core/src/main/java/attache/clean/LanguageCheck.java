package attache.clean;

import attache.ingest.InputException;
import attache.model.AnalyzedArticle;
import attache.model.Layer;
import attache.pipeline.Stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses an article whose body is not in English, since every model after it is English-only and
 * would produce confident nonsense. The test is cheap and transparent: most letters must be Latin,
 * and a long enough body must be dense in English function words: about a third of running English
 * prose is function words, and even list-like English pages (menus, recipes) score above a tenth,
 * while French, German or Indonesian text scores 0-6 % on this list. The word list is data, in
 * {@code lexicons/english-function-words.txt}.
 */
public final class LanguageCheck implements Stage {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS_FOR_RATIO = 25;
    private static final double MIN_FUNCTION_WORD_SHARE = 0.08;
    private static final double MIN_LATIN_SHARE = 0.6;

    private final Set<String> functionWords;

    public LanguageCheck(Set<String> functionWords) {
        this.functionWords = Set.copyOf(functionWords);
    }

    /** The check with the bundled English function-word list. */
    public static LanguageCheck english() {
        return new LanguageCheck(loadWords("/lexicons/english-function-words.txt"));
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
        int words = 0;
        int function = 0;
        while (m.find()) {
            words++;
            if (functionWords.contains(m.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        if (words >= MIN_WORDS_FOR_RATIO && function < words * MIN_FUNCTION_WORD_SHARE) {
            throw new InputException(in.article().origin(), String.format(Locale.ROOT,
                    "not in English: only %.0f%% of its words are English function words", 100.0 * function / words));
        }
    }

    static Set<String> loadWords(String resource) {
        InputStream in = LanguageCheck.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
