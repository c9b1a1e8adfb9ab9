package attache.actors;

import java.util.List;
import java.util.Objects;

/**
 * An international (IGO) or non-governmental (NGO) organisation, or a national body with a known
 * country and sector (a ministry, a party, an armed group) when {@code kind} is a country code.
 *
 * @param code   the CAMEO organisation code ("UNO", "NAT", "IAE"), or a short id for national bodies
 * @param name   its English name ("United Nations")
 * @param names  other names and acronyms ("UN", "U.N.")
 * @param kind   "IGO", "NGO", or the ISO alpha-3 code of the country a national body belongs to
 * @param agent  its sector, when one applies ("GOV" for a foreign ministry, "PTY" for a party), else null
 */
public record Organisation(String code, String name, List<String> names, String kind, String agent) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
    }

    public boolean international() {
        return kind.equals("IGO") || kind.equals("NGO");
    }
}
