package attache.clean;

import attache.model.TextSpan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a dateline's month and day, which the dateline itself never gives.
 *
 * <p>With a publication date: the latest such date not after publication, allowing one day of
 * slack because a story datelined in Seoul on the 8th can be stamped the 7th in New York.
 *
 * <p>Without one, the text decides, in this order of trust:
 * <ol>
 *   <li>a full date in the text with the same month and day ("on Oct. 7, 2019" in a caption)
 *       gives its year;</li>
 *   <li>else the full date ("Oct. 5, 2019", "March 2019") nearest the dateline gives its year,
 *       since stories date their events relative to the day they were filed;</li>
 *   <li>else the bare year ("in 2019") nearest the dateline, skipping years after "by", "until",
 *       "before" or "through", which name deadlines rather than the present;</li>
 *   <li>else none: a year cannot be guessed from nothing.</li>
 * </ol>
 */
final class DatelineYear {

    /** One day of slack for time zones: the dateline's local day may be ahead of publication. */
    private static final int SLACK_DAYS = 1;

    private static final String MONTH = "(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"
            + "|january|february|march|april|june|july|august|september|october|november|december)";
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b" + MONTH + "(?:\\s+(?<day>\\d{1,2}))?,?\\s+(?<year>(?:19|20)\\d\\d)\\b"
                    + "|\\b(?<day2>\\d{1,2})\\s+" + MONTH.replace("<month>", "<month2>")
                    + "\\s+(?<year2>(?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<deadline>\\b(?:by|until|till|before|through)\\s+(?:the\\s+end\\s+of\\s+)?)?\\b(?<year>(?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The latest date on {@code day} not after {@code published} (plus the slack). */
    static LocalDate beforePublication(MonthDay day, LocalDate published) {
        LocalDate limit = published.plusDays(SLACK_DAYS);
        for (int year = limit.getYear(); ; year--) {
            if (day.isValidYear(year) && !day.atYear(year).isAfter(limit)) {
                return day.atYear(year);
            }
        }
    }

    /** The year the text suggests for {@code day}, by the documented order. */
    Optional<LocalDate> fromText(MonthDay day, String text, TextSpan dateline) {
        Optional<Integer> year = sameDay(day, text)
                .or(() -> nearestFullDate(text, dateline))
                .or(() -> nearestBareYear(text, dateline));
        return year.filter(day::isValidYear).map(day::atYear);
    }

    static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    private static Optional<Integer> sameDay(MonthDay day, String text) {
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            String month = m.group("month") != null ? m.group("month") : m.group("month2");
            String dayOfMonth = m.group("day") != null ? m.group("day") : m.group("day2");
            if (dayOfMonth != null && monthNumber(month) == day.getMonthValue()
                    && Integer.parseInt(dayOfMonth) == day.getDayOfMonth()) {
                return Optional.of(year(m));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> nearestFullDate(String text, TextSpan dateline) {
        Matcher m = FULL_DATE.matcher(text);
        Optional<Integer> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = distance(m.start(), dateline);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = Optional.of(year(m));
            }
        }
        return best;
    }

    private static Optional<Integer> nearestBareYear(String text, TextSpan dateline) {
        Matcher m = BARE_YEAR.matcher(text);
        Optional<Integer> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = distance(m.start("year"), dateline);
            if (m.group("deadline") == null && distance < bestDistance) {
                bestDistance = distance;
                best = Optional.of(Integer.parseInt(m.group("year")));
            }
        }
        return best;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year") != null ? m.group("year") : m.group("year2"));
    }

    private static int distance(int offset, TextSpan dateline) {
        return offset >= dateline.end() ? offset - dateline.end() : Math.max(0, dateline.start() - offset);
    }
}
