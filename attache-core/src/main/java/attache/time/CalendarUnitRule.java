package attache.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calendar units counted from the publication date: "last week" (the previous ISO week), "this
 * month", "next year", "early this year", "the weekend", "last summer", and "N units ago" (at the
 * unit's precision: "four years ago" is a year, not a day).
 */
final class CalendarUnitRule implements Rule {

    /** Words that narrow a period without moving it ("early this year" is still this year). */
    private static final Set<String> NARROWERS = Set.of("early", "late", "mid", "earlier", "later", "the");

    private final TimeLexicon lexicon;

    CalendarUnitRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        List<String> w = phrase.words();
        int i = 0;
        while (i < w.size() - 1 && NARROWERS.contains(w.get(i))) {
            i++;
        }
        List<String> rest = w.subList(i, w.size());
        if (rest.size() >= 2 && rest.get(rest.size() - 1).equals("ago")) {
            return ago(rest, phrase.anchor());
        }
        if (rest.size() == 1) {
            return bare(rest.get(0), phrase);
        }
        if (rest.size() == 2) {
            return Optional.ofNullable(offset(rest.get(0))).flatMap(o -> unit(rest.get(1), o, phrase));
        }
        return Optional.empty();
    }

    private static Integer offset(String word) {
        return switch (word) {
            case "last", "previous" -> -1;
            case "this", "current" -> 0;
            case "next", "coming" -> 1;
            default -> null;
        };
    }

    private Optional<Resolution> unit(String unit, int offset, Phrase phrase) {
        Anchor anchor = phrase.anchor();
        String value = switch (unit) {
            case "week" -> anchor.week(offset);
            case "month" -> anchor.month(offset);
            case "year" -> anchor.year(offset);
            case "weekend" -> offset == 0 ? anchor.weekend(phrase.tense()) : anchor.week(offset) + "-WE";
            default -> season(unit, offset, anchor);
        };
        return Optional.ofNullable(value).map(v -> Resolution.date(v, "calendar_unit"));
    }

    /** A unit with no modifier: "the weekend" by tense; a season by tense, within a year. */
    private Optional<Resolution> bare(String word, Phrase phrase) {
        if (word.equals("weekend")) {
            return Optional.of(Resolution.date(phrase.anchor().weekend(phrase.tense()), "weekend_tense"));
        }
        if (phrase.words().get(0).equals("the") || lexicon.season(word).isEmpty()) {
            return Optional.empty();
        }
        int offset = phrase.tense() == Tense.PAST ? -1 : phrase.tense() == Tense.FUTURE ? 1 : 0;
        return Optional.ofNullable(season(word, offset, phrase.anchor())).map(v -> Resolution.date(v, "season_tense"));
    }

    /**
     * The season {@code offset} seasons of its kind away: "last summer" in March is the previous
     * year's, in October this year's.
     */
    private String season(String word, int offset, Anchor anchor) {
        Optional<TimeLexicon.Season> season = lexicon.season(word);
        if (season.isEmpty()) {
            return null;
        }
        LocalDate date = anchor.date();
        int first = season.get().firstMonth();
        // The year of the season instance running now or most recently begun.
        int year = date.getMonthValue() >= first ? date.getYear() : date.getYear() - 1;
        boolean running = date.getMonthValue() >= first && date.getMonthValue() < first + 3
                || first == 12 && date.getMonthValue() <= 2;
        if (offset < 0 && running) {
            year -= 1;
        } else if (offset > 0 || offset == 0 && !running) {
            year += 1;
        }
        return String.format("%04d-%s", year, season.get().code());
    }

    private Optional<Resolution> ago(List<String> rest, Anchor anchor) {
        if (rest.size() != 3) {
            return Optional.empty();
        }
        Optional<String> amount = lexicon.number(rest.get(0));
        Optional<TimeLexicon.Unit> unit = lexicon.unit(rest.get(1));
        if (amount.isEmpty() || unit.isEmpty() || unit.get().timeOfDay()) {
            return Optional.empty();
        }
        if (amount.get().equals("X")) {
            return Optional.of(Resolution.date("PAST_REF", "ago"));
        }
        long n = Long.parseLong(amount.get()) * unit.get().multiple();
        return Optional.of(Resolution.date(anchor.shifted(n, unit.get().code()), "ago"));
    }
}
