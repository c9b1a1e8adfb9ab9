package attache.lexicon;

import attache.model.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PETRARCH actor code taken apart: "USAGOV" is country USA, sector GOV; "PSEREBHMS" adds the
 * group HMS; "IGOUNOKID" is the international organisation UNO with the group KID; "ELI" alone is
 * a sector without a country; "---" means "no actor". The raw code is kept, since three-letter
 * parts that are neither sectors nor religions (regions such as "ASM", groups such as "ALQ")
 * cannot be told apart without the whole CAMEO code book.
 *
 * @param raw       the code as written
 * @param country   the first part unless it is a sector: an ISO alpha-3 code, a region, or IGO/NGO/IMG/MNC; may be null
 * @param agent     the first sector part, or null
 * @param secondary the second sector part, or null
 * @param groups    every other part, in order (organisations, regions, religions)
 */
public record CameoActorCode(String raw, String country, String agent, String secondary, List<String> groups) {

    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{3})+|---");
    /** First parts that stand for a kind of organisation rather than a country. */
    private static final Set<String> ORGANISATION_KINDS = Set.of("IGO", "NGO", "IMG", "MNC", "NGM");

    public CameoActorCode {
        Objects.requireNonNull(raw, "raw");
        groups = List.copyOf(groups);
    }

    /**
     * Takes a code apart, telling sectors and religions from the rest with {@code codebook}.
     *
     * @throws IllegalArgumentException when the code is not whole three-letter upper-case parts or "---"
     */
    public static CameoActorCode parse(String raw, RoleLexicon codebook) {
        if (!SHAPE.matcher(raw).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is no actor code (upper-case letters in threes)");
        }
        if (raw.equals("---")) {
            return new CameoActorCode(raw, null, null, null, List.of());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < raw.length(); i += 3) {
            parts.add(raw.substring(i, i + 3));
        }
        // IGO and NGO are sectors too (PLOVER's "~IGO"), but in first place they name the kind of organisation.
        boolean countryFirst = ORGANISATION_KINDS.contains(parts.get(0)) || !codebook.isSector(parts.get(0));
        String country = countryFirst ? parts.remove(0) : null;
        String agent = null;
        String secondary = null;
        List<String> groups = new ArrayList<>();
        for (String part : parts) {
            if (codebook.isSector(part) && agent == null) {
                agent = part;
            } else if (codebook.isSector(part) && secondary == null) {
                secondary = part;
            } else {
                groups.add(part);
            }
        }
        return new CameoActorCode(raw, country, agent, secondary, withoutReligions(groups, codebook));
    }

    private static List<String> withoutReligions(List<String> groups, RoleLexicon codebook) {
        // Religions stay in groups but go last, so that organisation() is the first real group.
        List<String> ordered = new ArrayList<>(groups.stream().filter(g -> !codebook.isReligion(g)).toList());
        ordered.addAll(groups.stream().filter(codebook::isReligion).toList());
        return ordered;
    }

    /** Whether this is "---", PETRARCH's "not an actor". */
    public boolean none() {
        return raw.equals("---");
    }

    /** Whether the first part is an organisation kind (IGO, NGO, IMG, MNC, NGM) rather than a country. */
    public boolean international() {
        return country != null && ORGANISATION_KINDS.contains(country);
    }

    /** The organisation: the first group that is no religion, or null. */
    public String organisation() {
        return groups.isEmpty() ? null : groups.get(0);
    }

    /**
     * This code as an actor. The organisation is set only for international codes, since
     * {@link Actor} keeps national groups ("PSEREBHMS") out of its code.
     */
    public Actor toActor(String name, String source) {
        return new Actor(name, country, international() ? organisation() : null, agent, secondary, source);
    }
}
