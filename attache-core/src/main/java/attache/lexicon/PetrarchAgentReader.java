package attache.lexicon;

import attache.actors.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary ({@code Phoenix.agents.txt}; format in
 * {@code ../shared/data/petrarch2/docs/FORMATS.md}) into role lexicon entries.
 * <ul>
 *   <li>{@code NOUN_PHRASE [~GOV]}: a role; {@code [~GOVMIL]} gives a secondary sector. Sector
 *       parts go before religion parts ({@code [~MUSUAF]} is UAF, MUS), and a third part is
 *       dropped, {@link Role} having room for two; {@code [IGO~]}, PETRARCH's
 *       "code in front", is read as the sector too, since a role has no position.</li>
 *   <li>{@code WORD {PLURAL}} gives an irregular plural, {@code {}} none; regular plurals need no
 *       form, as {@link RoleLexicon#find} undoes them.</li>
 *   <li>{@code !SET! = A, B} defines a substitution set; {@code FOREIGN_!MINIST!} expands to one
 *       role per member.</li>
 *   <li>Underscores and spaces both separate words (PETRARCH's "consecutive" and "gap allowed"
 *       connectors; we match consecutive words only). Phrases are lower-cased.</li>
 *   <li>The first entry for a phrase wins; a later one with another code is reported.</li>
 * </ul>
 * Like PETRARCH, lines that cannot be read are skipped and reported with their line numbers.
 */
public final class PetrarchAgentReader {

    private static final Pattern SET = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");
    private static final Pattern CODE = Pattern.compile("~?((?:[A-Z]{3})+)~?");

    private final String sourceName;
    private final RoleLexicon codebook;
    private final RoleLexicon.Builder builder = new RoleLexicon.Builder();
    private final Map<String, List<String>> sets = new HashMap<>();
    private final List<String> skipped = new ArrayList<>();

    private PetrarchAgentReader(String sourceName, RoleLexicon codebook) {
        this.sourceName = sourceName;
        this.codebook = codebook;
    }

    /** Reads an agents dictionary, telling sectors from religion codes with the bundled role lexicon. */
    public static PetrarchAgents read(Reader reader, String sourceName) throws IOException {
        return read(reader, sourceName, RoleLexicon.bundled());
    }

    /** Reads an agents dictionary, telling sectors from religion codes with {@code codebook}. */
    public static PetrarchAgents read(Reader reader, String sourceName, RoleLexicon codebook) throws IOException {
        PetrarchAgentReader reading = new PetrarchAgentReader(sourceName, codebook);
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!text.isEmpty() && !text.startsWith("<!") && !text.endsWith("-->")) {
                try {
                    reading.line(text, number);
                } catch (IllegalArgumentException e) {
                    reading.skipped.add(sourceName + ":" + number + ": " + e.getMessage() + ": " + text);
                }
            }
        }
        return new PetrarchAgents(reading.builder.build(), reading.skipped);
    }

    private void line(String text, int number) {
        Matcher set = SET.matcher(text);
        if (set.matches()) {
            List<String> members = new ArrayList<>();
            for (String m : set.group(2).split(",")) {
                if (!m.isBlank()) {
                    members.add(m.strip());
                }
            }
            sets.put(set.group(1), members);
            return;
        }
        int open = text.indexOf('[');
        if (open < 0) {
            throw new IllegalArgumentException("no code");
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced bracket");
        }
        Matcher code = CODE.matcher(text.substring(open + 1, close).strip());
        if (!code.matches()) {
            throw new IllegalArgumentException("no agent code");
        }
        List<String> parts = sectorsFirst(code.group(1));
        String agent = parts.get(0);
        String secondary = parts.size() > 1 ? parts.get(1) : null;
        String source = sourceName + ":" + number;
        String phrase = text.substring(0, open);
        for (String expanded : expand(phrase)) {
            add(expanded, agent, secondary, source);
        }
    }

    private void add(String phrase, String agent, String secondary, String source) {
        String singular = phrase;
        String plural = null;
        int brace = phrase.indexOf('{');
        if (brace >= 0) {
            int end = phrase.indexOf('}', brace);
            if (end < 0) {
                throw new IllegalArgumentException("missing '}'");
            }
            singular = phrase.substring(0, brace);
            plural = normal(phrase.substring(brace + 1, end));
        }
        String noun = normal(singular);
        if (noun.isEmpty()) {
            throw new IllegalArgumentException("no phrase");
        }
        Role role = new Role(noun, agent, secondary);
        if (!builder.addRole(role, source) && !builder.role(noun).equals(role)) {
            skipped.add(source + ": '" + noun + "' is already " + describe(builder.role(noun)) + ", not "
                    + describe(role));
        }
        if (plural != null && !plural.isEmpty()) {
            builder.addPluralForm(plural, noun);
        }
    }

    /**
     * The three-letter parts of a code, sectors before the rest, so that "~MUSUAF" (a religion
     * then a sector) gives the role sector UAF and secondary MUS, as "~UAFMUS" does.
     */
    private List<String> sectorsFirst(String codes) {
        List<String> sectors = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < codes.length(); i += 3) {
            String part = codes.substring(i, i + 3);
            (codebook.isSector(part) ? sectors : others).add(part);
        }
        sectors.addAll(others);
        return sectors;
    }

    /** The phrase with each substitution marker replaced by each member of its set. */
    private List<String> expand(String phrase) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> members = sets.get(m.group(1));
        if (members == null) {
            throw new IllegalArgumentException("unknown substitution set !" + m.group(1) + "!");
        }
        List<String> out = new ArrayList<>();
        for (String member : members) {
            out.addAll(expand(phrase.substring(0, m.start()) + member + phrase.substring(m.end())));
        }
        return out;
    }

    /** Lower case, words (split on '_' and spaces) as RoleLexicon cuts them, single-spaced. */
    private static String normal(String phrase) {
        String spaced = phrase.replace('_', ' ').toLowerCase(Locale.ROOT);
        return String.join(" ", RolePhrase.tokens(spaced, w -> true));
    }

    private static String describe(Role role) {
        return role.agent() + (role.secondary() == null ? "" : role.secondary());
    }
}
