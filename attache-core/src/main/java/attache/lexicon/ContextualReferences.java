package attache.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * References to countries that only the article's context resolves ("the North", "the island",
 * "the kingdom"), read from {@code lexicons/actors/contextual-references.tsv}, whose header
 * documents the format. A row applies when the article mentions any of its trigger countries (or
 * always, when it has none). A reference resolves only when every applicable row agrees: "the
 * kingdom" is listed once per kingdom, triggered by that kingdom, so it resolves when the article
 * mentions exactly one kingdom and stays unresolved when it mentions two.
 * Immutable and thread-safe.
 */
public final class ContextualReferences {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/actors/contextual-references.tsv";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /**
     * One row. A reference whose first letter (after "the") is a capital matches only as written,
     * so "the North" is not "the north of the country"; others match in any case.
     */
    private record Rule(String key, boolean caseSensitive, List<String> countries, Set<String> triggers) {
        boolean matches(String k) {
            return !caseSensitive || key.equals(k);
        }

        boolean appliesTo(Set<String> mentioned) {
            return triggers.isEmpty() || triggers.stream().anyMatch(mentioned::contains);
        }
    }

    private final Map<String, List<Rule>> rules;

    private ContextualReferences(Map<String, List<Rule>> rules) {
        this.rules = rules;
    }

    /** The references shipped with Attaché. */
    public static ContextualReferences bundled() {
        return TsvRows.bundled(RESOURCE, ContextualReferences::parse);
    }

    /**
     * Reads references in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code sourceName} and the line
     */
    public static ContextualReferences parse(Reader reader, String sourceName) throws IOException {
        Map<String, List<Rule>> rules = new HashMap<>();
        for (TsvRows.Row row : TsvRows.read(reader, sourceName, 3)) {
            String key = PhraseIndex.key(row.get(0));
            if (key.isEmpty()) {
                throw row.error("empty reference");
            }
            List<String> countries = codes(row, 1);
            if (countries.isEmpty()) {
                throw row.error("no country to resolve to");
            }
            boolean caseSensitive = Character.isUpperCase(key.codePointAt(0));
            Rule rule = new Rule(key, caseSensitive, countries, Set.copyOf(codes(row, 2)));
            rules.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(rule);
        }
        rules.replaceAll((k, list) -> List.copyOf(list));
        return new ContextualReferences(Map.copyOf(rules));
    }

    private static List<String> codes(TsvRows.Row row, int column) {
        List<String> codes = row.list(column);
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw row.error("'" + code + "' is not an ISO alpha-3 code");
            }
        }
        return codes;
    }

    /**
     * The single country a reference stands for in an article that mentions the given countries
     * (ISO alpha-3 codes); empty when the reference is unknown, no row applies, the applicable
     * rows disagree, or it stands for several countries ("the two Koreas": see {@link #resolveAll}).
     */
    public Optional<String> resolve(String reference, Set<String> countriesMentioned) {
        List<String> all = resolveAll(reference, countriesMentioned);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** Every country a reference stands for ("the two Koreas": KOR, PRK), or empty as for {@link #resolve}. */
    public List<String> resolveAll(String reference, Set<String> countriesMentioned) {
        String key = PhraseIndex.key(reference);
        Set<List<String>> answers = new LinkedHashSet<>();
        for (Rule rule : rules.getOrDefault(key.toLowerCase(Locale.ROOT), List.of())) {
            if (rule.matches(key) && rule.appliesTo(countriesMentioned)) {
                answers.add(rule.countries());
            }
        }
        return answers.size() == 1 ? answers.iterator().next() : List.of();
    }

    /** Whether a phrase is a contextual reference at all, resolvable or not. */
    public boolean isReference(String phrase) {
        String key = PhraseIndex.key(phrase);
        return rules.getOrDefault(key.toLowerCase(Locale.ROOT), List.of()).stream().anyMatch(r -> r.matches(key));
    }
}
