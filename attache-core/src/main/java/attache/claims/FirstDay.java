package attache.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first calendar day of a TIMEX3 date value ("2019-10-05", "2019-W40", "2019-10", "2019"). */
final class FirstDay {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

    private FirstDay() {
    }

    static Optional<LocalDate> of(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), 1));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), 1, 1));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
