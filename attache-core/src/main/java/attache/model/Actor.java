package attache.model;

import java.util.Objects;

/**
 * A political actor in CAMEO terms: a country (or an international organisation) and a sector.
 *
 * @param name         the actor's name as resolved ("Lee Do-hoon", "United States")
 * @param country      ISO 3166 alpha-3 code, or "IGO" / "NGO" for an organisation; null when unknown
 * @param organisation the organisation's code when {@code country} is IGO or NGO ("UNO", "NAT"), else null
 * @param agent        the primary CAMEO sector ("GOV", "MIL", "REB", "CVL", …); null when none applies
 * @param secondary    a second sector where one applies (MIL for a defence minister), else null
 * @param source       which lexicon entry or rule decided, for auditing ("people:Lee Do-hoon", "country:capital")
 */
public record Actor(String name, String country, String organisation, String agent, String secondary,
                    String source) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The CAMEO actor code: country (or IGO/NGO and organisation) then sector: "KORGOV", "IGOUNO". */
    public String code() {
        StringBuilder sb = new StringBuilder();
        if (country != null) {
            sb.append(country);
        }
        if (organisation != null) {
            sb.append(organisation);
        }
        if (agent != null) {
            sb.append(agent);
        }
        return sb.toString();
    }

    public Actor withAgent(String newAgent, String newSecondary, String newSource) {
        return new Actor(name, country, organisation, newAgent, newSecondary, newSource);
    }
}
