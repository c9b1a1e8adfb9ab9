package attache.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dateline that opens a wire story ("SEOUL, Oct. 7 (Yonhap) --").
 *
 * @param place the place as written ("SEOUL"), may be null when the dateline gives only a date
 * @param date  the date, with the year taken from context; may be null when it gives none
 * @param span  where the dateline stands in the text
 */
public record Dateline(String place, LocalDate date, TextSpan span) {

    public Dateline {
        Objects.requireNonNull(span, "span");
    }
}
