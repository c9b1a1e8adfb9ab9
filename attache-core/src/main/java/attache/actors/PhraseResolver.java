package attache.actors;

import attache.actors.Resolution.Found;
import attache.lexicon.CountryMatch;
import attache.lexicon.OrganisationMatch;
import attache.lexicon.PeopleLexicon;
import attache.lexicon.RoleMatch;
import attache.model.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves one noun phrase, given as tokens, to an actor on a date, from the lexicons alone:
 * <ol>
 *   <li>a known person anywhere in the phrase decides, with the office held on the date ("U.S.
 *       President Donald Trump");</li>
 *   <li>else an organisation names country and sector ("the U.S. State Department", "NATO");</li>
 *   <li>else a country word gives the country ("South Korean", "Pyongyang", "the Kremlin") and a
 *       role noun the sector ("envoy" GOV, "troops" MIL); a capital or seat of power alone stands
 *       for the government; a country's name alone has no sector, nor has a region or city inside
 *       it ("Darfur", "Darfur rebels" SDN REB: places.tsv);</li>
 *   <li>else a role noun alone gives a sector without a country ("soldiers").</li>
 * </ol>
 * Context countries (the article's, or a hint such as "Mexican") give a country to an organisation
 * or role phrase that names none only when exactly one is offered.
 */
public final class PhraseResolver {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "some", "several", "many", "few",
            "both", "all", "his", "her", "their", "its", "our", "this", "that", "these", "those", "another", "other");

    private final ActorLexicons lexicons;

    public PhraseResolver(ActorLexicons lexicons) {
        this.lexicons = lexicons;
    }

    public ActorLexicons lexicons() {
        return lexicons;
    }

    public Resolution resolve(List<String> tokens, LocalDate date, Set<String> contextCountries) {
        String phrase = String.join(" ", tokens);
        if (tokens.isEmpty()) {
            return new Resolution.None(phrase, "empty phrase");
        }
        Optional<Found> person = person(tokens, date);
        if (person.isPresent()) {
            return person.get();
        }
        Scan scan = scan(tokens);
        Optional<RoleMatch> role = role(scan.rest());
        if (scan.organisation() != null) {
            return organisation(phrase, scan, role, contextCountries);
        }
        if (scan.country() != null) {
            if (role.isEmpty() && namesSomethingElse(scan)) {
                return new Resolution.None(phrase, "\"" + phrase + "\" is a name that contains a place, not the place");
            }
            return country(phrase, scan.country(), role);
        }
        if (role.isPresent()) {
            String country = contextCountries.size() == 1 ? contextCountries.iterator().next() : null;
            return found(phrase, country, null, role.get().role().agent(), role.get().role().secondary(),
                    "role:" + role.get().rule() + (country == null ? "" : "+context"));
        }
        return new Resolution.None(phrase, "no known person, organisation, country or role in \"" + phrase + "\"");
    }

    /** The longest run of tokens that names a known person. */
    private Optional<Found> person(List<String> tokens, LocalDate date) {
        for (int len = Math.min(tokens.size(), 5); len >= 2; len--) {
            for (int start = 0; start + len <= tokens.size(); start++) {
                var person = lexicons.people().find(String.join(" ", tokens.subList(start, start + len)));
                if (person.isPresent()) {
                    Actor actor = PeopleLexicon.actorOn(person.get(), date);
                    return Optional.of(new Found(String.join(" ", tokens), actor));
                }
            }
        }
        return Optional.empty();
    }

    private Scan scan(List<String> tokens) {
        CountryMatch country = null;
        OrganisationMatch organisation = null;
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<OrganisationMatch> org = lexicons.organisations().longestAt(tokens, i);
            Optional<CountryMatch> place = lexicons.countries().longestAt(tokens, i);
            if (org.isPresent() && (place.isEmpty() || org.get().tokens() >= place.get().tokens())) {
                organisation = organisation == null ? org.get() : organisation;
                i += org.get().tokens();
            } else if (place.isPresent()) {
                country = country == null ? place.get() : country;
                i += place.get().tokens();
            } else {
                rest.add(tokens.get(i++));
            }
        }
        return new Scan(country, organisation, rest);
    }

    /**
     * "Washington Post", "Moscow Times", "Beijing Review", "Sydney Morning Herald": a capital, seat of
     * power or other place followed by other capitalised words that are no role is the name of
     * something else (GDELT's known confusion of capitals and newspapers).
     */
    private static boolean namesSomethingElse(Scan scan) {
        CountryMatch.Via via = scan.country().via();
        if (via != CountryMatch.Via.CAPITAL && via != CountryMatch.Via.SEAT && via != CountryMatch.Via.PLACE) {
            return false;
        }
        return scan.rest().stream().anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT)));
    }

    private Optional<RoleMatch> role(List<String> rest) {
        List<String> words = rest.stream().filter(w -> !w.equals("'s") && !w.equals("'")
                && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT))).toList();
        return words.isEmpty() ? Optional.empty() : lexicons.roles().find(String.join(" ", words));
    }

    private Resolution organisation(String phrase, Scan scan, Optional<RoleMatch> role, Set<String> context) {
        var org = scan.organisation().org();
        String agent = org.agent() != null ? org.agent() : role.map(r -> r.role().agent()).orElse(null);
        String source = "organisation:" + org.code();
        if (org.international()) {
            return found(org.name(), org.kind(), org.code(), agent, null, source);
        }
        return found(org.name(), org.kind(), null, agent, role.map(r -> r.role().secondary()).orElse(null), source);
    }

    private Resolution country(String phrase, CountryMatch match, Optional<RoleMatch> role) {
        String code = match.country().code();
        if (role.isPresent()) {
            return found(phrase, code, null, role.get().role().agent(), role.get().role().secondary(),
                    "country:" + match.via().name().toLowerCase(Locale.ROOT) + "+role:" + role.get().rule());
        }
        boolean government = match.via() == CountryMatch.Via.CAPITAL || match.via() == CountryMatch.Via.SEAT;
        return found(match.country().name(), code, null, government ? "GOV" : null, null,
                "country:" + match.via().name().toLowerCase(Locale.ROOT));
    }

    private static Found found(String name, String country, String organisation, String agent, String secondary,
                               String source) {
        return new Found(name, new Actor(name, country, organisation, agent, secondary, source));
    }

    private record Scan(CountryMatch country, OrganisationMatch organisation, List<String> rest) {
    }
}
