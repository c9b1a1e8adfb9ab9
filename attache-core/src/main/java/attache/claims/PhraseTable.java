package attache.claims;

import attache.model.Sentence;
import attache.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of one or more words with a value each, matched at a token on lemmas or on the words as
 * written (lower case), longest phrase first, so "no new" wins over "new" and "break down" over
 * "break".
 */
final class PhraseTable<V> {

    /** A phrase found in a sentence: its first and last token and its value. */
    record Found<V>(int first, int last, V value) {
    }

    private record Entry<V>(List<String> words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    void add(String phrase, V value) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
        entries.add(new Entry<>(words, value));
        entries.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }

    /** The longest phrase that starts at {@code index}, if one does. */
    Optional<Found<V>> at(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        List<Entry<V>> candidates = new ArrayList<>();
        candidates.addAll(byFirstWord.getOrDefault(lemma(tokens.get(index)), List.of()));
        candidates.addAll(byFirstWord.getOrDefault(word(tokens.get(index)), List.of()));
        candidates.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        for (Entry<V> e : candidates) {
            if (matches(tokens, index, e.words())) {
                return Optional.of(new Found<>(index, index + e.words().size() - 1, e.value()));
            }
        }
        return Optional.empty();
    }

    /** Every phrase in tokens {@code from} to {@code to} (inclusive), left to right, not overlapping. */
    List<Found<V>> within(Sentence sentence, int from, int to) {
        List<Found<V>> out = new ArrayList<>();
        for (int i = from; i <= to && i < sentence.tokens().size(); i++) {
            Optional<Found<V>> f = at(sentence, i);
            if (f.isPresent() && f.get().last() <= to) {
                out.add(f.get());
                i = f.get().last();
            }
        }
        return out;
    }

    private static boolean matches(List<Token> tokens, int start, List<String> words) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(start + k);
            if (!words.get(k).equals(lemma(t)) && !words.get(k).equals(word(t))) {
                return false;
            }
        }
        return true;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String word(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
