package attache.events;

import attache.model.EventDate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparing TIMEX3 calendar values of different precision. Public because merging across articles
 * ({@code attache.merge}) compares dates by the same rule as merging within one article.
 */
public final class DateValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

    private DateValues() {
    }

    /** Whether the two values can be the same day: equal, or one lies inside the other. */
    public static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // two different days never fit: the common case when merging a large store, decided without a regex
        if (isDay(a) && isDay(b)) {
            return false;
        }
        return inside(a, b) || inside(b, a);
    }

    /** Whether a value is a calendar day, "2019-10-05", read without a regex (merging asks it very often). */
    public static boolean isDay(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the finer value {@code inner} falls within {@code outer}. */
    private static boolean inside(String inner, String outer) {
        Matcher day = DAY.matcher(inner);
        Matcher week = WEEK.matcher(outer);
        if (day.matches() && week.matches()) {
            LocalDate d = LocalDate.parse(inner);
            return d.get(IsoFields.WEEK_BASED_YEAR) == Integer.parseInt(week.group(1))
                    && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == Integer.parseInt(week.group(2));
        }
        return inner.length() > outer.length() && !WEEK.matcher(outer).matches() && inner.startsWith(outer);
    }

    /** The date to keep of two tellings: the one from the text over context over publication, then the finer. */
    static EventDate moreTrusted(EventDate a, EventDate b) {
        if (a.source() != b.source()) {
            return a.source().ordinal() <= b.source().ordinal() ? a : b;
        }
        return b.value().length() > a.value().length() && !WEEK.matcher(b.value()).matches() ? b : a;
    }
}
