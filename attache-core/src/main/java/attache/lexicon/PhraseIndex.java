package attache.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phrases of a name lexicon folded to keys, for whole-phrase and longest-match look-ups. Shared by
 * the country and organisation lexicons so that both follow the same matching rules:
 * <ul>
 *   <li>case-insensitive, except that an all-capitals acronym of at most three letters ("US",
 *       "UK", "WHO") matches only in capitals, so "us" and "who" never match;</li>
 *   <li>dots dropped ("U.S." = "US", "St. Lucia" = "St Lucia"), hyphens and commas read as spaces;</li>
 *   <li>accents and curly apostrophes folded ("Élysée" = "Elysee", "d’Ivoire" = "d'Ivoire");</li>
 *   <li>a leading "the" optional.</li>
 * </ul>
 * A phrase may name two owners only if both rows mark it ambiguous with a leading '?'; such a
 * phrase never matches, but {@link #candidates} lists its owners for a caller with more context.
 * Immutable once built.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    /** A look-up result: the value and how many tokens of the input it covered. */
    record Hit<T>(T value, int tokens) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014,]+");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");

    /** What one key holds: a single value, or (for deliberate ambiguity) several. */
    private record Slot<T>(List<String> owners, boolean ambiguous, List<T> values, String source) {
    }

    private final Map<String, Slot<T>> exact;
    private final Map<String, Slot<T>> folded;
    private final int maxWords;

    private PhraseIndex(Map<String, Slot<T>> exact, Map<String, Slot<T>> folded, int maxWords) {
        this.exact = Map.copyOf(exact);
        this.folded = Map.copyOf(folded);
        this.maxWords = maxWords;
    }

    /** Whether a lexicon phrase is marked deliberately ambiguous ("?Congo"). */
    static boolean isAmbiguous(String phrase) {
        return phrase.startsWith("?");
    }

    /** The phrase without its ambiguity mark, as the records keep it. */
    static String bare(String phrase) {
        return isAmbiguous(phrase) ? phrase.substring(1) : phrase;
    }

    /** Folds a phrase to its key, keeping case (case is decided per entry). */
    static String key(String phrase) {
        String s = Normalizer.normalize(phrase, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('`', '\'');
        s = s.replace(".", "");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    /** The value of a whole phrase, unless unknown or ambiguous. */
    Optional<T> find(String phrase) {
        Slot<T> slot = slot(key(phrase));
        return slot == null || slot.ambiguous() ? Optional.empty() : Optional.of(slot.values().get(0));
    }

    /** Every owner's value for a phrase: one for a plain entry, several for an ambiguous one. */
    List<T> candidates(String phrase) {
        Slot<T> slot = slot(key(phrase));
        return slot == null ? List.of() : slot.values();
    }

    /**
     * The longest entry that starts at {@code from} (or just after a "the" there, which it then
     * covers). An ambiguous longest entry gives no match rather than a shorter, wrong one.
     */
    Optional<Hit<T>> longestAt(List<String> words, int from) {
        if (from < 0 || from >= words.size()) {
            return Optional.empty();
        }
        int start = words.get(from).equalsIgnoreCase("the") ? from + 1 : from;
        for (int end = Math.min(words.size(), start + maxWords); end > start; end--) {
            Slot<T> slot = slot(key(join(words.subList(start, end))));
            if (slot != null) {
                return slot.ambiguous() ? Optional.empty() : Optional.of(new Hit<>(slot.values().get(0), end - from));
            }
        }
        return Optional.empty();
    }

    /** Tokens as a text: clitics such as "'s" attach to the word before ("People" "'s" → "People's"). */
    private static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            boolean clitic = t.startsWith("'") || t.startsWith("\u2019");
            if (!sb.isEmpty() && !clitic) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private Slot<T> slot(String key) {
        if (key.isEmpty()) {
            return null;
        }
        Slot<T> slot = exact.get(key);
        return slot != null ? slot : folded.get(key.toLowerCase(Locale.ROOT));
    }

    /** Collects entries; fails on a phrase that two owners claim without marking it ambiguous. */
    static final class Builder<T> {
        private final Map<String, Slot<T>> exact = new HashMap<>();
        private final Map<String, Slot<T>> folded = new HashMap<>();
        private int maxWords = 1;

        /**
         * Adds a phrase (possibly '?'-marked). The first entry of an owner wins, so an owner's
         * names shadow its own adjectives or capitals spelled the same way.
         *
         * @param owner  who the phrase belongs to (a country or organisation code plus name)
         * @param source file and line, for the error naming both claimants
         */
        Builder<T> add(String phrase, String owner, T value, String source) {
            String key = key(bare(phrase));
            if (key.isEmpty()) {
                throw new IllegalArgumentException(source + ": empty name '" + phrase + "'");
            }
            boolean acronym = ACRONYM.matcher(key).matches();
            Map<String, Slot<T>> map = acronym ? exact : folded;
            String mapKey = acronym ? key : key.toLowerCase(Locale.ROOT);
            Slot<T> old = map.get(mapKey);
            boolean ambiguous = isAmbiguous(phrase);
            if (old == null) {
                map.put(mapKey, new Slot<>(List.of(owner), ambiguous, List.of(value), source));
            } else if (!old.owners().contains(owner)) {
                map.put(mapKey, merged(old, owner, ambiguous, value, phrase, source));
            }
            maxWords = Math.max(maxWords, key.split(" ").length);
            return this;
        }

        private Slot<T> merged(Slot<T> old, String owner, boolean ambiguous, T value, String phrase, String source) {
            if (!ambiguous || !old.ambiguous()) {
                throw new IllegalArgumentException(source + ": '" + bare(phrase) + "' already names "
                        + String.join(", ", old.owners()) + " (" + old.source()
                        + "); mark both with '?' if it is deliberately ambiguous");
            }
            List<String> owners = new ArrayList<>(old.owners());
            owners.add(owner);
            List<T> values = new ArrayList<>(old.values());
            values.add(value);
            return new Slot<>(List.copyOf(owners), true, List.copyOf(values), old.source());
        }

        PhraseIndex<T> build() {
            return new PhraseIndex<>(exact, folded, maxWords);
        }
    }
}
