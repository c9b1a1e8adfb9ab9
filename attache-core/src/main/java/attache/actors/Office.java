package attache.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One office a person held, with its dates, so that a name resolves to the role its holder had on
 * the article's date.
 *
 * @param country   ISO alpha-3 (or IGO/NGO)
 * @param agent     the CAMEO sector of the office
 * @param secondary a second sector, or null
 * @param title     the office ("President", "Foreign Minister")
 * @param start     first day in office, or null when long before anything we read
 * @param end       last day in office, or null while still in office
 */
public record Office(String country, String agent, String secondary, String title, LocalDate start, LocalDate end) {

    public Office {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(title, "title");
    }

    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
