package attache.lexicon;

import attache.actors.Country;
import attache.lexicon.CountryMatch.Via;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every country and territory of ISO 3166-1 (plus Kosovo) with the names, adjectives, capitals and
 * seats of power that news uses for it, read from {@code lexicons/actors/countries.tsv} (whose
 * header documents the format). Matching follows {@link PhraseIndex}: case-insensitive except
 * short all-capital acronyms, dots optional, accents folded, a leading "the" optional. Determiners
 * other than "the" ("an American") are the caller's to strip. Immutable and thread-safe.
 */
public final class CountryLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/actors/countries.tsv";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private record Entry(Country country, Via via) {
    }

    private final List<Country> all;
    private final Map<String, Country> byCode;
    private final PhraseIndex<Entry> index;

    private CountryLexicon(Map<String, Country> countries, PhraseIndex<Entry> index) {
        this.all = List.copyOf(countries.values());
        this.byCode = Map.copyOf(countries);
        this.index = index;
    }

    /** The places lexicon shipped with Attaché: regions and cities inside a country. */
    public static final String PLACES = "/lexicons/actors/places.tsv";

    /** The lexicon shipped with Attaché: the countries, then the places inside them. */
    public static CountryLexicon bundled() {
        return TsvRows.bundled(RESOURCE, (countries, name) -> TsvRows.bundled(PLACES,
                (places, placesName) -> parse(countries, name, places, placesName)));
    }

    /**
     * Reads a lexicon in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, a repeated code, or a name that two
     *                                  countries share without both marking it ambiguous; the
     *                                  message names {@code sourceName} and the line
     */
    public static CountryLexicon parse(Reader reader, String sourceName) throws IOException {
        return parse(reader, sourceName, null, null);
    }

    /**
     * Reads countries in the documented format and, if {@code places} is given, the places inside
     * them ({@code places.tsv}: code, places, adjectives). A place never shadows a country's own
     * names: a phrase both would claim is an error, so that "Georgia" or "Punjab" stay out.
     */
    public static CountryLexicon parse(Reader reader, String sourceName, Reader places, String placesName)
            throws IOException {
        Map<String, Country> countries = new LinkedHashMap<>();
        PhraseIndex.Builder<Entry> index = new PhraseIndex.Builder<>();
        for (TsvRows.Row row : TsvRows.read(reader, sourceName, 6)) {
            String code = row.get(0);
            if (!CODE.matcher(code).matches()) {
                throw row.error("code must be three capital letters, not '" + code + "'");
            }
            if (row.get(1).isEmpty()) {
                throw row.error("empty name");
            }
            if (countries.containsKey(code)) {
                throw row.error("code " + code + " appears twice");
            }
            Country country = new Country(code, row.get(1), bare(row.list(2)), bare(row.list(3)),
                    bare(row.list(4)), bare(row.list(5)));
            countries.put(code, country);
            // Order matters: an owner's first entry for a phrase wins, so names shadow the rest.
            add(index, List.of(row.get(1)), country, Via.NAME, row);
            add(index, row.list(2), country, Via.NAME, row);
            add(index, row.list(3), country, Via.ADJECTIVE, row);
            add(index, row.list(4), country, Via.CAPITAL, row);
            add(index, row.list(5), country, Via.SEAT, row);
        }
        if (places != null) {
            PhraseIndex<Entry> known = index.build();
            for (TsvRows.Row row : TsvRows.read(places, placesName, 3)) {
                Country country = countries.get(row.get(0));
                if (country == null) {
                    throw row.error("unknown country code '" + row.get(0) + "'");
                }
                List<String> phrases = new ArrayList<>(row.list(1));
                phrases.addAll(row.list(2));
                for (String phrase : phrases) {
                    if (known.find(phrase).isPresent() || !known.candidates(phrase).isEmpty()) {
                        throw row.error("'" + phrase + "' already names a country; a place may not shadow it");
                    }
                }
                add(index, phrases, country, Via.PLACE, row);
            }
        }
        return new CountryLexicon(countries, index.build());
    }

    private static void add(PhraseIndex.Builder<Entry> index, List<String> phrases, Country country, Via via,
                            TsvRows.Row row) {
        for (String phrase : phrases) {
            index.add(phrase, country.code(), new Entry(country, via), row.source());
        }
    }

    private static List<String> bare(List<String> phrases) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            out.add(PhraseIndex.bare(p));
        }
        return out;
    }

    /** The country a whole phrase names: "South Koreans", "U.S.", "the Kremlin", "Élysée". */
    public Optional<CountryMatch> find(String phrase) {
        int words = Math.max(1, phrase.strip().split("\\s+").length);
        return index.find(phrase).map(e -> new CountryMatch(e.country(), e.via(), words));
    }

    /**
     * The longest country phrase starting at token {@code from} of a tokenised text (a "the" at
     * {@code from} is included), so that "South Korea" wins over "South".
     */
    public Optional<CountryMatch> longestAt(List<String> words, int from) {
        return index.longestAt(words, from)
                .map(h -> new CountryMatch(h.value().country(), h.value().via(), h.tokens()));
    }

    /**
     * The countries a deliberately ambiguous phrase may name ("Congo", "Korean"), for a caller that
     * can choose by context; a single country for an ordinary phrase; empty if unknown.
     */
    public List<Country> candidates(String phrase) {
        return index.candidates(phrase).stream().map(Entry::country).distinct().toList();
    }

    /** The country with an ISO alpha-3 code (or XKX for Kosovo). */
    public Optional<Country> byCode(String alpha3) {
        return Optional.ofNullable(byCode.get(alpha3));
    }

    /** Every country, in file order. */
    public List<Country> all() {
        return all;
    }
}
