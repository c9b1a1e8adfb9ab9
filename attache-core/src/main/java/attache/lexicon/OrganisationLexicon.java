package attache.lexicon;

import attache.actors.Organisation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * International organisations (IGO, NGO) and national bodies with a known country and sector
 * ("State Department", "KCNA", "Hezbollah"), read from {@code lexicons/actors/organisations.tsv}
 * (whose header documents the format). Matching follows {@link PhraseIndex}, as for countries.
 * Immutable and thread-safe.
 */
public final class OrganisationLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/actors/organisations.tsv";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    private static final Pattern KIND = Pattern.compile("IGO|NGO|[A-Z]{3}");
    private static final Pattern AGENT = Pattern.compile("[A-Z]{3}");

    private final List<Organisation> all;
    private final Map<String, Organisation> byCode;
    private final PhraseIndex<Organisation> index;
    /** The names as written (ambiguity marks kept), so the index can be rebuilt with more entries. */
    private final List<Named> names;

    /** One name of an organisation as its source wrote it. */
    private record Named(String phrase, Organisation org, String source) {
    }

    private OrganisationLexicon(List<Organisation> all, List<Named> names) {
        PhraseIndex.Builder<Organisation> builder = new PhraseIndex.Builder<>();
        for (Named n : names) {
            // Several bodies share a CAMEO code (the UN and its Security Council), so the owner of
            // a phrase is code and name together.
            builder.add(n.phrase(), n.org().code() + " " + n.org().name(), n.org(), n.source());
        }
        this.index = builder.build();
        this.names = List.copyOf(names);
        this.all = List.copyOf(all);
        Map<String, Organisation> first = new LinkedHashMap<>();
        for (Organisation org : all) {
            first.putIfAbsent(org.code(), org);
        }
        this.byCode = Map.copyOf(first);
    }

    /** The lexicon shipped with Attaché. */
    public static OrganisationLexicon bundled() {
        return TsvRows.bundled(RESOURCE, OrganisationLexicon::parse);
    }

    /**
     * Reads a lexicon in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row or a name that two organisations share
     *                                  without both marking it ambiguous, naming the line
     */
    public static OrganisationLexicon parse(Reader reader, String sourceName) throws IOException {
        List<Organisation> orgs = new ArrayList<>();
        List<Named> names = new ArrayList<>();
        for (TsvRows.Row row : TsvRows.read(reader, sourceName, 5)) {
            Organisation org = organisation(row);
            orgs.add(org);
            names.add(new Named(org.name(), org, row.source()));
            for (String name : row.list(2)) {
                names.add(new Named(name, org, row.source()));
            }
        }
        return new OrganisationLexicon(orgs, names);
    }

    /**
     * This lexicon with more organisations (a user's dictionary) added after the bundled ones. A name
     * both claim is an error, as in the file, so a clash is reported rather than silently resolved.
     */
    public OrganisationLexicon with(List<Organisation> extra, String sourceName) {
        List<Organisation> orgs = new ArrayList<>(all);
        List<Named> more = new ArrayList<>(names);
        for (Organisation org : extra) {
            orgs.add(org);
            more.add(new Named(org.name(), org, sourceName));
            org.names().forEach(n -> more.add(new Named(n, org, sourceName)));
        }
        return new OrganisationLexicon(orgs, more);
    }

    private static Organisation organisation(TsvRows.Row row) {
        String code = row.get(0);
        String kind = row.get(3);
        String agent = row.get(4);
        if (!CODE.matcher(code).matches()) {
            throw row.error("code must be capitals and digits, not '" + code + "'");
        }
        if (row.get(1).isEmpty()) {
            throw row.error("empty name");
        }
        if (!KIND.matcher(kind).matches()) {
            throw row.error("kind must be IGO, NGO or an ISO alpha-3 code, not '" + kind + "'");
        }
        if (!agent.isEmpty() && !AGENT.matcher(agent).matches()) {
            throw row.error("agent must be a three-letter CAMEO sector or empty, not '" + agent + "'");
        }
        List<String> names = row.list(2).stream().map(PhraseIndex::bare).toList();
        return new Organisation(code, row.get(1), names, kind, agent.isEmpty() ? null : agent);
    }

    /** The organisation a whole phrase names: "the U.N.", "World Health Organization", "NATO". */
    public Optional<OrganisationMatch> find(String phrase) {
        int words = Math.max(1, phrase.strip().split("\\s+").length);
        return index.find(phrase).map(org -> new OrganisationMatch(org, words));
    }

    /** The longest organisation name starting at token {@code from} (a "the" there included). */
    public Optional<OrganisationMatch> longestAt(List<String> words, int from) {
        return index.longestAt(words, from).map(h -> new OrganisationMatch(h.value(), h.tokens()));
    }

    /**
     * The organisation with a code; where several bodies share a CAMEO code (UNO: the UN, its
     * Security Council, its General Assembly) the first in the file, which is the parent.
     */
    public Optional<Organisation> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every organisation, in file order. */
    public List<Organisation> all() {
        return all;
    }
}
