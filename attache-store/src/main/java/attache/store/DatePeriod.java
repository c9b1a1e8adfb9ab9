package attache.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The calendar days a TIMEX3 date value covers: "2019-10-05" one day, "2019-10" a month, "2019-W40"
 * a week, "2019" a year. Values that name no calendar period ("PAST_REF", "XXXX-10") have none, so
 * date filters and timelines leave them out.
 */
record DatePeriod(LocalDate first, LocalDate last) {

    static Optional<DatePeriod> of(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return Optional.of(new DatePeriod(d, d));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return Optional.of(new DatePeriod(m.atDay(1), m.atEndOfMonth()));
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                return week(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(6)));
            }
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return Optional.of(new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<DatePeriod> week(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return Optional.of(new DatePeriod(monday, monday.plusDays(6)));
    }
}
