package attache.time;

import attache.model.TimexType;

import java.util.Optional;

/**
 * Recurring times (TIMEX3 SET), written as TempEval-3 does: "annually" XXXX, "every morning"
 * XXXX-XX-XXTMO, "each Monday" XXXX-WXX-1, "every week" XXXX-WXX.
 */
final class FrequencyRule implements Rule {

    private final TimeLexicon lexicon;

    FrequencyRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        if (phrase.size() == 1) {
            return lexicon.frequency(phrase.word(0)).map(FrequencyRule::set);
        }
        if (phrase.size() != 2 || !(phrase.word(0).equals("every") || phrase.word(0).equals("each"))) {
            return Optional.empty();
        }
        String what = phrase.word(1);
        Optional<String> part = lexicon.dayPart(what);
        if (part.isPresent()) {
            return Optional.of(set("XXXX-XX-XXT" + part.get()));
        }
        Optional<Integer> weekday = lexicon.weekday(what);
        if (weekday.isPresent()) {
            return Optional.of(set("XXXX-WXX-" + weekday.get()));
        }
        return Optional.ofNullable(switch (what) {
            case "day" -> "XXXX-XX-XX";
            case "week" -> "XXXX-WXX";
            case "month" -> "XXXX-XX";
            case "year" -> "XXXX";
            default -> null;
        }).map(FrequencyRule::set);
    }

    private static Resolution set(String value) {
        return new Resolution(value, TimexType.SET, "frequency");
    }
}
