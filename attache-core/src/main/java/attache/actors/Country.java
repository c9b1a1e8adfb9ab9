package attache.actors;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of ISO 3166, with every way news text names it.
 *
 * @param code       ISO 3166-1 alpha-3 ("KOR")
 * @param name       the common English short name ("South Korea")
 * @param names      other names: official, short, historic, abbreviations ("Republic of Korea", "ROK", "S. Korea")
 * @param adjectives adjectives and demonyms, singular and plural ("South Korean", "South Koreans")
 * @param capitals   cities that stand for the government ("Seoul")
 * @param seats      seats of power that stand for the government ("the Blue House", "Cheong Wa Dae")
 */
public record Country(String code, String name, List<String> names, List<String> adjectives, List<String> capitals,
                      List<String> seats) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        seats = List.copyOf(seats);
    }
}
