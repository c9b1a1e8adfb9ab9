package attache.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temporal expression as the rules read it: its words in lower case, without possessive endings,
 * hyphens or periods ("The weekend's" → [the, weekend]; "four-week" → [four, week]), with the tense
 * of its clause and the publication date.
 */
record Phrase(List<String> words, Tense tense, Anchor anchor) {

    private static final Pattern WORD = Pattern.compile("\\d+(?::\\d+)*s?|[a-z]+");

    Phrase {
        words = List.copyOf(words);
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(anchor, "anchor");
    }

    static Phrase of(String text, Tense tense, Anchor anchor) {
        return new Phrase(words(text), tense, anchor);
    }

    /** The words of a text as the rules read them. */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b|s'(?=\\s|$)", "");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    String joined() {
        return String.join(" ", words);
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    String last() {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** The phrase without a leading article or determiner ("the weekend" → "weekend"). */
    Phrase withoutDeterminer() {
        if (!words.isEmpty() && (words.get(0).equals("the") || words.get(0).equals("that"))) {
            return new Phrase(words.subList(1, words.size()), tense, anchor);
        }
        return this;
    }
}
