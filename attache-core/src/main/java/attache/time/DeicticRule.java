package attache.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Vague references ("now", "at the moment", "recently") and the days named from the publication
 * date: "today", "yesterday", "tomorrow", "tonight", with an optional part of the day ("yesterday
 * morning", "this afternoon").
 */
final class DeicticRule implements Rule {

    private final TimeLexicon lexicon;

    DeicticRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        Optional<String> vague = lexicon.vague(phrase.joined());
        if (vague.isPresent()) {
            return Optional.of(Resolution.date(vague.get(), "vague"));
        }
        if (phrase.size() == 1 && phrase.word(0).equals("tonight")) {
            return Optional.of(new Resolution(phrase.anchor().date() + "TNI", attache.model.TimexType.TIME, "deictic_day"));
        }
        if (phrase.size() < 1 || phrase.size() > 2) {
            return Optional.empty();
        }
        Optional<LocalDate> day = day(phrase.word(0), phrase.anchor().date());
        if (day.isEmpty()) {
            return Optional.empty();
        }
        if (phrase.size() == 1) {
            return Optional.of(Resolution.date(day.get().toString(), "deictic_day"));
        }
        return lexicon.dayPart(phrase.word(1))
                .map(part -> new Resolution(day.get() + "T" + part, attache.model.TimexType.TIME, "deictic_day"));
    }

    private static Optional<LocalDate> day(String word, LocalDate anchor) {
        return switch (word) {
            case "today", "this" -> Optional.of(anchor);
            case "yesterday" -> Optional.of(anchor.minusDays(1));
            case "tomorrow" -> Optional.of(anchor.plusDays(1));
            default -> Optional.empty();
        };
    }
}
