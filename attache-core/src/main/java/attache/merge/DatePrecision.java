package attache.merge;

import attache.events.DateValues;

import java.util.regex.Pattern;

/** How finely a TIMEX3 calendar value places an event; higher is finer. */
final class DatePrecision {

    private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern PART_OF_YEAR = Pattern.compile("\\d{4}-[A-Z0-9]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private DatePrecision() {
    }

    /** 6 day, 5 weekend, 4 week, 3 month, 2 season/quarter/half, 1 year, 0 anything coarser or vaguer. */
    static int of(String value) {
        if (DateValues.isDay(value)) {
            return 6;
        }
        if (WEEKEND.matcher(value).matches()) {
            return 5;
        }
        if (WEEK.matcher(value).matches()) {
            return 4;
        }
        if (MONTH.matcher(value).matches()) {
            return 3;
        }
        if (PART_OF_YEAR.matcher(value).matches()) {
            return 2;
        }
        return YEAR.matcher(value).matches() ? 1 : 0;
    }
}
