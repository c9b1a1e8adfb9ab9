package attache.export;

import attache.model.EventDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDELT's date columns from a TIMEX3 event date. GDELT has day precision only, so a coarser date
 * is written as the first day of its period (2019-10 → 20191001, 2019-W40 → the Monday of that
 * week, 2019-Q3 → 20190701, 2019 → 20190101); MonthYear and Year then stay exact. A value with no
 * calendar day in it (a season, "PRESENT_REF") takes the first report's publication day. The
 * PLOVER export keeps the real value and its precision.
 */
final class GdeltDates {

    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltDates() {
    }

    /** The day GDELT's SQLDATE column holds for this event. */
    static LocalDate day(EventDate date, LocalDate published) {
        return firstDay(date.value()).orElse(published);
    }

    /** The first day of the period a TIMEX3 calendar value names, if it names one. */
    static Optional<LocalDate> firstDay(String value) {
        try {
            Matcher m = CALENDAR.matcher(value);
            if (m.matches()) {
                int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
            }
            Matcher w = WEEK.matcher(value);
            if (w.matches()) {
                LocalDate inWeek = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)));
                return Optional.of(inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            }
            Matcher q = QUARTER.matcher(value);
            if (q.matches()) {
                int month = (Integer.parseInt(q.group(2)) - 1) * 3 + 1;
                return Optional.of(LocalDate.of(Integer.parseInt(q.group(1)), month, 1));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The precision of a TIMEX3 value: day, week, month, quarter, year or other. */
    static String precision(String value) {
        Matcher m = CALENDAR.matcher(value);
        if (m.matches()) {
            return m.group(3) != null ? "day" : m.group(2) != null ? "month" : "year";
        }
        if (WEEK.matcher(value).matches()) {
            return "week";
        }
        return QUARTER.matcher(value).matches() ? "quarter" : "other";
    }

    static String sqlDate(LocalDate day) {
        return day.format(DAY);
    }

    static String monthYear(LocalDate day) {
        return String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue());
    }

    /** GDELT's FractionDate, by its own formula: YYYY + (MONTH * 30 + DAY) / 365, four decimals. */
    static String fractionDate(LocalDate day) {
        double fraction = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", fraction);
    }

    /** DATEADDED: YYYYMMDDHHMMSS; we know the publication day only, so the time is midnight. */
    static String dateAdded(LocalDate published) {
        return published.format(DAY) + "000000";
    }
}
