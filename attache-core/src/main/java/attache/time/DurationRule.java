package attache.time;

import attache.model.TimexType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Amounts of time: "two weeks" (P2W), "in two weeks" (a duration too: the text gives the length,
 * and the date it ends on is the event's business), "the past several months" (PXM), "recent
 * weeks", "a decade" (P10Y), "four-week", "90 minutes" (PT90M).
 */
final class DurationRule implements Rule {

    /** Words around an amount that do not change it. */
    private static final Set<String> FRAMES = Set.of("the", "in", "for", "over", "past", "last", "next",
            "following", "coming", "previous", "about", "almost", "nearly", "some", "around", "within",
            "more", "than", "less", "at", "least", "mere", "roughly", "another", "first", "final");

    private final TimeLexicon lexicon;

    DurationRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        List<String> w = phrase.words();
        int i = 0;
        while (i < w.size() - 1 && FRAMES.contains(w.get(i)) && lexicon.number(w.get(i)).isEmpty()) {
            i++;
        }
        List<String> rest = w.subList(i, w.size());
        if (rest.isEmpty() || rest.size() > 2) {
            return Optional.empty();
        }
        Optional<TimeLexicon.Unit> unit = lexicon.unit(rest.get(rest.size() - 1));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        String amount;
        if (rest.size() == 2) {
            Optional<String> n = lexicon.number(rest.get(0));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            amount = n.get();
        } else if (rest.get(0).endsWith("s")) {
            amount = "X";  // "days", "the past months"
        } else if (w.subList(0, i).stream().anyMatch(f -> !f.equals("the"))) {
            amount = "1";  // "the past week", "the next decade"; a bare "the day" is no amount
        } else {
            return Optional.empty();
        }
        return Optional.of(new Resolution(value(amount, unit.get()), TimexType.DURATION, "duration"));
    }

    static String value(String amount, TimeLexicon.Unit unit) {
        String prefix = unit.timeOfDay() ? "PT" : "P";
        String letter = unit.timeOfDay() ? unit.code().substring(1) : unit.code();
        if (amount.equals("X")) {
            String scaled = unit.multiple() == 10 ? "DE" : unit.multiple() == 100 ? "CE" : letter;
            return prefix + "X" + scaled;
        }
        return prefix + Long.parseLong(amount) * unit.multiple() + letter;
    }
}
