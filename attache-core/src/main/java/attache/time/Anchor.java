package attache.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * Calendar arithmetic around the publication date, giving TIMEX3 values. Past means on or before
 * the anchor, future on or after it ("said Monday" in a Monday story is that day); with no tense
 * the nearest candidate wins.
 */
record Anchor(LocalDate date) {

    Anchor {
        Objects.requireNonNull(date, "date");
    }

    /** The weekday (ISO number) the tense points at. */
    LocalDate weekday(int isoDay, Tense tense) {
        int today = date.getDayOfWeek().getValue();
        int back = Math.floorMod(today - isoDay, 7);
        int ahead = Math.floorMod(isoDay - today, 7);
        return switch (tense) {
            case PAST -> date.minusDays(back);
            case FUTURE -> date.plusDays(ahead);
            default -> back <= ahead ? date.minusDays(back) : date.plusDays(ahead);
        };
    }

    /** "last Friday": the most recent one strictly before today. */
    LocalDate weekdayBefore(int isoDay) {
        int back = Math.floorMod(date.getDayOfWeek().getValue() - isoDay, 7);
        return date.minusDays(back == 0 ? 7 : back);
    }

    /** "next Friday": the first one strictly after today. */
    LocalDate weekdayAfter(int isoDay) {
        int ahead = Math.floorMod(isoDay - date.getDayOfWeek().getValue(), 7);
        return date.plusDays(ahead == 0 ? 7 : ahead);
    }

    /** The ISO week {@code offset} weeks from the anchor's ("2019-W40"). */
    String week(int offset) {
        return isoWeek(date.plusWeeks(offset));
    }

    /** The weekend the tense points at: the last one that began by today, or the next one. */
    String weekend(Tense tense) {
        LocalDate saturday = tense == Tense.PAST
                ? weekday(DayOfWeek.SATURDAY.getValue(), Tense.PAST)
                : weekday(DayOfWeek.SATURDAY.getValue(), Tense.FUTURE);
        if (tense != Tense.PAST && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            saturday = date.minusDays(1);
        }
        return isoWeek(saturday) + "-WE";
    }

    String month(int offset) {
        return YearMonth.from(date).plusMonths(offset).toString();
    }

    String year(int offset) {
        return String.format("%04d", date.getYear() + offset);
    }

    /** The year of a month named without one, in the direction the tense points. */
    int yearOfMonth(int month, Tense tense) {
        int current = date.getMonthValue();
        int year = date.getYear();
        return switch (tense) {
            case PAST -> month <= current ? year : year - 1;
            case FUTURE -> month >= current ? year : year + 1;
            default -> Math.abs(month - current) <= 6 ? year : (month < current ? year + 1 : year - 1);
        };
    }

    /** "last July": the most recent one strictly before the anchor's month. */
    int yearOfMonthBefore(int month) {
        return month < date.getMonthValue() ? date.getYear() : date.getYear() - 1;
    }

    int yearOfMonthAfter(int month) {
        return month > date.getMonthValue() ? date.getYear() : date.getYear() + 1;
    }

    /** A value {@code amount} units back (negative: ahead), at the unit's precision ("four years ago" = 2009). */
    String shifted(long amount, String unit) {
        return switch (unit) {
            case "Y" -> year((int) -amount);
            case "M" -> month((int) -amount);
            case "W" -> week((int) -amount);
            default -> date.minus(amount, ChronoUnit.DAYS).toString();
        };
    }

    static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
