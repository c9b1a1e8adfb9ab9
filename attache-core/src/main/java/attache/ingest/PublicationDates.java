package attache.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as records and pages write it: an ISO date, an ISO date-time (the date as
 * written, not shifted to UTC, since that is the day the outlet published), or an RFC 1123 date as
 * feeds write it.
 */
public final class PublicationDates {

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PublicationDates() {
    }

    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.trim();
        Matcher iso = ISO_DATE_PREFIX.matcher(s);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // fall through to the compact form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
