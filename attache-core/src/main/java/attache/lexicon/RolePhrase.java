package attache.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** How {@link RoleLexicon} cuts a noun phrase into words and guesses the singulars of a span. */
final class RolePhrase {

    private static final String EDGE_PUNCTUATION = "[\\p{Punct}“”‘’«»]+";

    private RolePhrase() {
    }

    /**
     * The words of a phrase, punctuation and possessive "'s" trimmed, as written. A hyphenated
     * word the lexicon does not know is split ("ex-president" → ex, president), while known ones
     * ("anti-government", "vice-president") stay whole.
     */
    static List<String> tokens(String phrase, Set<String> vocabulary) {
        return tokens(phrase, w -> vocabulary.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The words of a phrase as {@link #tokens(String, Set)} cuts them, hyphenated words whole when {@code keepWhole} says so. */
    static List<String> tokens(String phrase, Predicate<String> keepWhole) {
        List<String> out = new ArrayList<>();
        for (String raw : phrase.trim().split("\\s+")) {
            String word = raw.replaceAll("^" + EDGE_PUNCTUATION, "").replaceAll("(['’]s)?" + EDGE_PUNCTUATION + "$", "");
            word = word.replaceAll("['’]s$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (word.contains("-") && !keepWhole.test(word)) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The singular phrases a lower-case span may be the plural of: the whole span as an irregular
     * plural, its last word made singular ("foreign ministers"), then its first ("ministers of
     * defence", "chiefs of staff"), since PETRARCH's agents put some heads first.
     */
    static List<String> singulars(List<String> words, Plurals plurals) {
        List<String> out = new ArrayList<>(plurals.singulars(String.join(" ", words)));
        if (words.size() > 1) {
            String rest = String.join(" ", words.subList(1, words.size()));
            for (String first : plurals.singulars(words.get(0))) {
                out.add(first + " " + rest);
            }
        }
        return out;
    }
}
