package attache.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists quote attribution reads: lemmas of speech verbs and of role nouns ("the envoy").
 *
 * @param speechVerbs lemmas of verbs that report what someone said
 * @param roleNouns   lemmas of nouns that stand in for a person's name
 */
public record QuoteLexicon(Set<String> speechVerbs, Set<String> roleNouns) {

    public QuoteLexicon {
        speechVerbs = Set.copyOf(speechVerbs);
        roleNouns = Set.copyOf(roleNouns);
    }

    /** The lists shipped in {@code lexicons/}. */
    public static QuoteLexicon english() {
        return new QuoteLexicon(load("/lexicons/speech-verbs.txt"), load("/lexicons/role-nouns.txt"));
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isRoleNoun(String lemma) {
        return roleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** One lower-cased word a line; blank lines and '#' comments are skipped. */
    static Set<String> load(String resource) {
        InputStream in = QuoteLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return words;
    }
}
