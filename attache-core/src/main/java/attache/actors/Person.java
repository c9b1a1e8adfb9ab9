package attache.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person with the offices they held.
 *
 * @param name    the full name ("Lee Do-hoon")
 * @param aliases other spellings and forms ("Lee Do hoon", "Do-hoon Lee")
 * @param country the person's country when no office applies (their nationality), or null
 * @param offices offices with dates
 */
public record Person(String name, List<String> aliases, String country, List<Office> offices) {

    public Person {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        offices = List.copyOf(offices);
    }

    /** The office held on the date; the latest-starting one when several overlap. */
    public Optional<Office> officeOn(LocalDate date) {
        Office best = null;
        for (Office o : offices) {
            if (o.heldOn(date) && (best == null || startOf(o).isAfter(startOf(best)))) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate startOf(Office o) {
        return o.start() == null ? LocalDate.MIN : o.start();
    }
}
