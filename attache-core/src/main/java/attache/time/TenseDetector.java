package attache.time;

import attache.model.Dependency;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tense of the clause that governs a temporal expression, from Penn tags and the UD
 * parse: climb from the expression to its verb, then read the verb's tag and its auxiliaries.
 * "until" or "through" before the expression looks forward unless the verb is in the past.
 */
final class TenseDetector {

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "did", "had", "'d");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'s", "'re", "'m");
    /** Climbing further than this leaves the clause. */
    private static final int MAX_CLIMB = 6;

    private final TimeLexicon lexicon;

    TenseDetector(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Tense tenseOf(Sentence sentence, TextSpan span) {
        Optional<Integer> head = headToken(sentence, span);
        if (head.isEmpty()) {
            return Tense.UNKNOWN;
        }
        Optional<Integer> verb = governingVerb(sentence, head.get());
        Tense tense = verb.map(v -> verbTense(sentence, v, 0)).orElse(Tense.UNKNOWN);
        boolean forward = hasMarker(sentence, head.get(), "until") || hasMarker(sentence, head.get(), "through");
        if (forward && tense != Tense.PAST) {
            return Tense.FUTURE;
        }
        return tense;
    }

    /** The token of the expression whose head lies outside it. */
    static Optional<Integer> headToken(Sentence sentence, TextSpan span) {
        Integer first = null;
        for (Token t : sentence.tokens()) {
            if (!span.overlaps(t.span())) {
                continue;
            }
            first = first == null ? t.index() : first;
            Optional<Dependency> arc = sentence.headOf(t.index());
            if (arc.isEmpty() || arc.get().governor() == Dependency.ROOT
                    || !span.overlaps(sentence.tokens().get(arc.get().governor()).span())) {
                return Optional.of(t.index());
            }
        }
        return Optional.ofNullable(first);
    }

    private Optional<Integer> governingVerb(Sentence sentence, int from) {
        int current = from;
        for (int step = 0; step < MAX_CLIMB; step++) {
            if (step > 0 && sentence.tokens().get(current).pos().startsWith("VB")) {
                return Optional.of(current);
            }
            Optional<Dependency> arc = sentence.headOf(current);
            if (arc.isEmpty() || arc.get().governor() == Dependency.ROOT) {
                return Optional.empty();
            }
            current = arc.get().governor();
        }
        return Optional.empty();
    }

    /** The tense of a verb from its own tag and its auxiliaries; infinitives look to their governor. */
    private Tense verbTense(Sentence sentence, int verb, int depth) {
        List<String> aux = auxiliaries(sentence, verb);
        if (aux.stream().anyMatch(FUTURE_AUX::contains) || aux.contains("going")) {
            return Tense.FUTURE;
        }
        if (aux.contains("to")) {
            return infinitiveTense(sentence, verb, depth);
        }
        if (aux.stream().anyMatch(a -> a.equals("has") || a.equals("have"))) {
            return Tense.PAST;
        }
        if (aux.stream().anyMatch(PAST_AUX::contains)) {
            return Tense.PAST;
        }
        String pos = sentence.tokens().get(verb).pos();
        if (pos.equals("VBG") && aux.stream().anyMatch(PRESENT_AUX::contains)) {
            return Tense.FUTURE;
        }
        return switch (pos) {
            case "VBD", "VBN" -> aux.stream().anyMatch(PRESENT_AUX::contains) ? Tense.PRESENT : Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            case "VB" -> aux.isEmpty() ? Tense.FUTURE : Tense.PRESENT;
            default -> governorTense(sentence, verb, depth);
        };
    }

    /** "plans to stay" looks forward; "tried to leave" takes its governor's tense. */
    private Tense infinitiveTense(Sentence sentence, int verb, int depth) {
        Optional<Integer> governor = governingVerb(sentence, verb);
        if (governor.isEmpty()) {
            return Tense.FUTURE;
        }
        String lemma = sentence.tokens().get(governor.get()).lemma().toLowerCase(Locale.ROOT);
        if (lexicon.isIntentVerb(lemma)) {
            return Tense.FUTURE;
        }
        return depth < 3 ? verbTense(sentence, governor.get(), depth + 1) : Tense.UNKNOWN;
    }

    private Tense governorTense(Sentence sentence, int verb, int depth) {
        Optional<Integer> governor = governingVerb(sentence, verb);
        return governor.isPresent() && depth < 3 ? verbTense(sentence, governor.get(), depth + 1) : Tense.UNKNOWN;
    }

    private static List<String> auxiliaries(Sentence sentence, int verb) {
        return sentence.childrenOf(verb).stream()
                .filter(d -> d.relation().startsWith("aux") || d.relation().equals("mark"))
                .map(d -> sentence.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static boolean hasMarker(Sentence sentence, int head, String word) {
        boolean child = sentence.childrenOf(head).stream()
                .anyMatch(d -> sentence.tokens().get(d.dependent()).text().equalsIgnoreCase(word));
        return child || (head > 0 && sentence.tokens().get(head - 1).text().equalsIgnoreCase(word));
    }
}
