package attache.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A month named without a year, with or without a day ("in July", "February's summit", "Feb. 28",
 * "late last July"): the nearest one in the direction of the tense; "last"/"next" step strictly
 * back or forward. An expression with a year is absolute and left to the tagger.
 */
final class MonthRule implements Rule {

    private static final Set<String> NARROWERS = Set.of("early", "late", "mid", "in", "on", "of", "since", "until");

    private final TimeLexicon lexicon;

    MonthRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        List<String> w = phrase.withoutDeterminer().words();
        int i = 0;
        while (i < w.size() - 1 && NARROWERS.contains(w.get(i))) {
            i++;
        }
        String step = "";
        if (i < w.size() - 1 && (w.get(i).equals("last") || w.get(i).equals("next") || w.get(i).equals("this"))) {
            step = w.get(i++);
        }
        if (i >= w.size()) {
            return Optional.empty();
        }
        Optional<Integer> month = lexicon.month(w.get(i));
        List<String> rest = w.subList(i + 1, w.size());
        if (month.isEmpty() || rest.size() > 1) {
            return Optional.empty();
        }
        int year = year(month.get(), step, phrase);
        if (rest.isEmpty()) {
            return Optional.of(Resolution.date(String.format("%04d-%02d", year, month.get()), "month_tense"));
        }
        return day(rest.get(0), year, month.get());
    }

    private static int year(int month, String step, Phrase phrase) {
        Anchor anchor = phrase.anchor();
        return switch (step) {
            case "last" -> anchor.yearOfMonthBefore(month);
            case "next" -> anchor.yearOfMonthAfter(month);
            case "this" -> anchor.date().getYear();
            default -> anchor.yearOfMonth(month, phrase.tense());
        };
    }

    /** "Feb. 28" (a one- or two-digit day; four digits would be a year, which this rule leaves alone). */
    private static Optional<Resolution> day(String word, int year, int month) {
        if (!word.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(word));
            return Optional.of(Resolution.date(date.toString(), "month_tense"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
