package attache.lexicon;

import attache.actors.Office;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks and builds the parts of a person's entry that the bundled TSV and the users' JSON share:
 * country and sector codes, dates, and the mapping of an organisation's office onto {@link Office}.
 * Both readers go through here so that a row one accepts the other accepts too.
 */
final class OfficeRows {

    /** ISO 3166 alpha-3, or IGO / NGO: three upper-case letters. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    /** A CAMEO sector or organisation code: three upper-case letters or digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3}");

    private OfficeRows() {
    }

    static boolean international(String country) {
        return "IGO".equals(country) || "NGO".equals(country);
    }

    /** The country code, checked; {@code what} names the field in the message. */
    static String country(String value, String what, String where) {
        if (value == null || !COUNTRY.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + what + " must be an ISO alpha-3 code or IGO/NGO"
                    + " (three capital letters), not '" + value + "'");
        }
        return value;
    }

    /** A sector or organisation code, checked; null or empty gives null. */
    static String code(String value, String what, String where) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + what + " must be a three-letter CAMEO code, not '"
                    + value + "'");
        }
        return value;
    }

    /** An ISO date (yyyy-mm-dd); null or empty gives null. */
    static LocalDate date(String value, String what, String where) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + what + " must be an ISO date (yyyy-mm-dd), not '"
                    + value + "'", e);
        }
    }

    /**
     * Builds an office from checked parts. {@link Office} has no organisation component, so an IGO or
     * NGO office carries its organisation code where CAMEO writes it, right after the country
     * (IGO + UNO), that is in {@code agent}, and the sector within the organisation, if any, in
     * {@code secondary}. {@link PeopleLexicon#actorOn} undoes this when it builds an actor.
     */
    static Office office(String country, String organisation, String agent, String secondary, String title,
                         LocalDate start, LocalDate end, String where) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(where + ": office without a title");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(where + ": office '" + title + "' ends (" + end
                    + ") before it starts (" + start + ")");
        }
        if (international(country)) {
            if (organisation == null) {
                throw new IllegalArgumentException(where + ": an " + country + " office needs an organisation code");
            }
            return new Office(country, organisation, agent, title.strip(), start, end);
        }
        if (organisation != null) {
            throw new IllegalArgumentException(where + ": organisation '" + organisation
                    + "' given for a national office (" + country + "); use IGO or NGO as the country");
        }
        if (agent == null) {
            throw new IllegalArgumentException(where + ": office '" + title + "' without an agent");
        }
        return new Office(country, agent, secondary, title.strip(), start, end);
    }
}
