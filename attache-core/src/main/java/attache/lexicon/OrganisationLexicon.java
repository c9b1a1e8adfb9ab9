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

    private OrganisationLexicon(List<Organisation> all, PhraseIndex<Organisation> index) {
        this.all = List.copyOf(all);
        Map<String, Organisation> first = new LinkedHashMap<>();
        for (Organisation org : all) {
            first.putIfAbsent(org.code(), org);
        }
        this.byCode = Map.copyOf(first);
        this.index = index;
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
        PhraseIndex.Builder<Organisation> index = new PhraseIndex.Builder<>();
        for (TsvRows.Row row : TsvRows.read(reader, sourceName, 5)) {
            Organisation org = organisation(row);
            orgs.add(org);
            // Several bodies share a CAMEO code (the UN and its Security Council), so the owner
            // of a phrase is code and name together.
            String owner = org.code() + " " + org.name();
            index.add(org.name(), owner, org, row.source());
            for (String name : row.list(2)) {
                index.add(name, owner, org, row.source());
            }
        }
        return new OrganisationLexicon(orgs, index.build());
    }

    /**
     * This lexicon with more organisations (a user's dictionary) added after the bundled ones. A name
     * both claim is an error, as in the file, so a clash is reported rather than silently resolved.
     */
    public OrganisationLexicon with(List<Organisation> extra, String sourceName) {
        List<Organisation> orgs = new ArrayList<>(all);
        PhraseIndex.Builder<Organisation> builder = new PhraseIndex.Builder<>();
        for (Organisation org : all) {
            addNames(builder, org, RESOURCE);
        }
        for (Organisation org : extra) {
            orgs.add(org);
            addNames(builder, org, sourceName);
        }
        return new OrganisationLexicon(orgs, builder.build());
    }

    private static void addNames(PhraseIndex.Builder<Organisation> builder, Organisation org, String source) {
        String owner = org.code() + " " + org.name();
        builder.add(org.name(), owner, org, source);
        for (String name : org.names()) {
            builder.add(name, owner, org, source);
        }
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
