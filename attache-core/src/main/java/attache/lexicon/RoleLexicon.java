package attache.lexicon;

import attache.actors.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Role nouns and the sectors they name ("envoy" → GOV, "defence ministers" → GOV and MIL), with
 * the modifiers that change them ("opposition lawmakers" → OPP, LEG) and the plurals that hide
 * them. Read from {@code lexicons/actors/roles.tsv}, whose header documents the format, or from a
 * PETRARCH agents file by {@link PetrarchAgentReader}. Immutable once loaded, so safe to share.
 */
public final class RoleLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/actors/roles.tsv";

    /** A role row and where it came from. */
    record Entry(Role role, String source) {
    }

    /**
     * A modifier row.
     *
     * @param words     its words ("human rights" is two)
     * @param agent     the sector it gives
     * @param secondary a code, null for none, or "=" for the role's own sector
     * @param over      the role sectors it changes; empty for all
     */
    record Modifier(List<String> words, String agent, String secondary, Set<String> over, String source) {
        boolean changes(String roleAgent) {
            return over.isEmpty() || over.contains(roleAgent);
        }
    }

    private final Map<String, Entry> roles;
    private final Map<String, String> pluralForms;
    private final List<Modifier> modifiers;
    private final Plurals plurals;
    private final Map<String, String> sectors;
    private final Map<String, String> religions;
    private final Set<String> vocabulary;

    private RoleLexicon(Builder b) {
        this.roles = Map.copyOf(b.roles);
        this.pluralForms = Map.copyOf(b.pluralForms);
        this.modifiers = List.copyOf(b.modifiers);
        this.plurals = b.plurals;
        this.sectors = Map.copyOf(b.sectors);
        this.religions = Map.copyOf(b.religions);
        Set<String> words = new HashSet<>();
        roles.keySet().forEach(k -> words.addAll(List.of(k.split(" "))));
        pluralForms.keySet().forEach(k -> words.addAll(List.of(k.split(" "))));
        modifiers.forEach(m -> words.addAll(m.words()));
        this.vocabulary = Set.copyOf(words);
    }

    /** The lexicon shipped with Attaché. */
    public static RoleLexicon bundled() {
        InputStream in = RoleLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a lexicon in the documented format.
     *
     * @throws IllegalArgumentException on a malformed or duplicate row, naming {@code sourceName} and the line
     */
    public static RoleLexicon parse(Reader reader, String sourceName) throws IOException {
        Builder builder = new Builder();
        RoleRows.read(reader, sourceName, builder);
        return builder.build();
    }

    /**
     * This lexicon with {@code other}'s rows added; where both have a role or plural, {@code other}'s
     * wins, and its modifiers are tried first, so a user's dictionary overrides the bundled one.
     */
    public RoleLexicon merge(RoleLexicon other) {
        Builder b = new Builder();
        b.roles.putAll(roles);
        b.roles.putAll(other.roles);
        b.pluralForms.putAll(pluralForms);
        b.pluralForms.putAll(other.pluralForms);
        b.modifiers.addAll(other.modifiers);
        b.modifiers.addAll(modifiers);
        b.plurals = plurals.merge(other.plurals);
        b.sectors.putAll(sectors);
        b.sectors.putAll(other.sectors);
        b.religions.putAll(religions);
        b.religions.putAll(other.religions);
        return b.build();
    }

    /**
     * The role a noun phrase names. The phrase may be plural and carry determiners, numbers and
     * adjectives ("the chief nuclear negotiators"); the longest known role in it wins, the
     * rightmost among equals (English heads come last), and the nearest modifier before it that
     * applies to its sector changes the sector.
     */
    public Optional<RoleMatch> find(String nounPhrase) {
        List<String> written = RolePhrase.tokens(nounPhrase, vocabulary);
        List<String> lower = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int len = lower.size(); len > 0; len--) {
            for (int start = lower.size() - len; start >= 0; start--) {
                Optional<Entry> entry = lookup(lower.subList(start, start + len));
                if (entry.isPresent()) {
                    return Optional.of(modified(entry.get(), written, lower, start, start + len));
                }
            }
        }
        return Optional.empty();
    }

    /** The role stored under a singular phrase, as written in the lexicon ("foreign minister"). */
    public Optional<Role> role(String singularPhrase) {
        return Optional.ofNullable(roles.get(singularPhrase)).map(Entry::role);
    }

    /** How many roles (singular phrases) the lexicon holds. */
    public int size() {
        return roles.size();
    }

    /** Whether {@code code} is a sector ("GOV", "MIL"), as actor codes use them. */
    public boolean isSector(String code) {
        return sectors.containsKey(code);
    }

    /** Whether {@code code} is a religion code ("MUS", "CTH"). */
    public boolean isReligion(String code) {
        return religions.containsKey(code);
    }

    private Optional<Entry> lookup(List<String> words) {
        String phrase = String.join(" ", words);
        Entry exact = roles.get(phrase);
        if (exact != null) {
            return Optional.of(exact);
        }
        String form = pluralForms.get(phrase);
        if (form != null) {
            return Optional.ofNullable(roles.get(form));
        }
        for (String singular : RolePhrase.singulars(words, plurals)) {
            Entry e = roles.get(singular);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private RoleMatch modified(Entry entry, List<String> written, List<String> lower, int start, int end) {
        Role role = entry.role();
        for (int stop = start; stop > 0; stop--) {
            for (Modifier m : modifiers) {
                int from = stop - m.words().size();
                if (from >= 0 && lower.subList(from, stop).equals(m.words()) && m.changes(role.agent())) {
                    String secondary = "=".equals(m.secondary()) ? role.agent() : m.secondary();
                    Role changed = new Role(String.join(" ", m.words()) + " " + role.noun(), m.agent(),
                            m.agent().equals(secondary) ? null : secondary);
                    return new RoleMatch(changed, String.join(" ", written.subList(from, end)),
                            entry.source() + "+" + m.source());
                }
            }
        }
        return new RoleMatch(role, String.join(" ", written.subList(start, end)), entry.source());
    }

    /** Collects rows while a file is read; {@link RoleRows} and {@link PetrarchAgentReader} fill it. */
    static final class Builder {
        private final Map<String, Entry> roles = new LinkedHashMap<>();
        private final Map<String, String> pluralForms = new LinkedHashMap<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private final Map<String, String> sectors = new LinkedHashMap<>();
        private final Map<String, String> religions = new LinkedHashMap<>();
        private Plurals plurals = Plurals.empty();

        /** Adds a role unless its phrase is taken; returns whether it was added. */
        boolean addRole(Role role, String source) {
            return roles.putIfAbsent(role.noun(), new Entry(role, source)) == null;
        }

        /** An explicit plural of a role, as PETRARCH's {@code {plural}} gives it. */
        void addPluralForm(String plural, String singular) {
            pluralForms.putIfAbsent(plural, singular);
        }

        void addModifier(Modifier modifier) {
            modifiers.add(modifier);
        }

        void addPlural(String singular, String plural) {
            plurals = plurals.with(singular, plural);
        }

        void addSector(String code, String description) {
            sectors.put(code, description);
        }

        void addReligion(String code, String description) {
            religions.put(code, description);
        }

        /** The role stored under a phrase, or null. */
        Role role(String phrase) {
            Entry e = roles.get(phrase);
            return e == null ? null : e.role();
        }

        RoleLexicon build() {
            return new RoleLexicon(this);
        }
    }
}
