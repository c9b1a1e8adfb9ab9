package attache.time;

import attache.model.TimexType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A weekday named without a date ("Saturday", "last Friday", "until Thursday", "Sunday night"):
 * the most recent such day in past narration, the next one in future, the nearest otherwise.
 */
final class WeekdayRule implements Rule {

    private final TimeLexicon lexicon;

    WeekdayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        Phrase p = phrase.withoutDeterminer();
        int i = 0;
        String modifier = "";
        if (p.size() > 1 && (p.word(0).equals("last") || p.word(0).equals("next") || p.word(0).equals("this")
                || p.word(0).equals("on") || p.word(0).equals("until") || p.word(0).equals("coming"))) {
            modifier = p.word(0);
            i = 1;
        }
        if (i >= p.size()) {
            return Optional.empty();
        }
        Optional<Integer> weekday = lexicon.weekday(p.word(i));
        if (weekday.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = day(p, modifier, weekday.get());
        if (p.size() == i + 1) {
            return Optional.of(Resolution.date(day.toString(), "weekday_tense"));
        }
        if (p.size() == i + 2) {
            return lexicon.dayPart(p.word(i + 1))
                    .map(part -> new Resolution(day + "T" + part, TimexType.TIME, "weekday_tense"));
        }
        return Optional.empty();
    }

    private static LocalDate day(Phrase p, String modifier, int weekday) {
        Anchor anchor = p.anchor();
        return switch (modifier) {
            case "last" -> anchor.weekdayBefore(weekday);
            case "next", "coming" -> anchor.weekdayAfter(weekday);
            case "until" -> anchor.weekday(weekday, p.tense() == Tense.PAST ? Tense.PAST : Tense.FUTURE);
            default -> anchor.weekday(weekday, p.tense());
        };
    }
}
