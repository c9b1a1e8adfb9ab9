package attache.lexicon;

import attache.actors.Office;
import attache.actors.Organisation;
import attache.actors.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a PETRARCH actor dictionary: a name, its synonyms and its codes. PETRARCH does
 * not say whether a name is a person, a group or a place, so this keeps the entry as written and
 * offers {@link #toPerson()} and {@link #toOrganisation()} for the entries that fit those shapes.
 *
 * @param name    the primary phrase, words joined by spaces, case as written ("MOHAMMAD ZAHIR SHAH")
 * @param aliases the synonyms ({@code +} lines)
 * @param codes   the codes, dated and default, in file order
 * @param source  file and line of the primary phrase
 */
public record NamedActor(String name, List<String> aliases, List<DatedCode> codes, String source) {

    public NamedActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
    }

    /**
     * The code on a date: the dated code covering it that started last, else the default (the
     * last undated code, as a later default line replaces an earlier one in PETRARCH).
     */
    public Optional<CameoActorCode> codeOn(LocalDate date) {
        DatedCode best = null;
        DatedCode fallback = null;
        for (DatedCode c : codes) {
            if (!c.dated()) {
                fallback = c;
            } else if (c.covers(date) && (best == null || startOf(c).isAfter(startOf(best)))) {
                best = c;
            }
        }
        DatedCode chosen = best != null ? best : fallback;
        return Optional.ofNullable(chosen).map(DatedCode::code);
    }

    /** Whether any code carries dates: such entries are office holders. */
    public boolean dated() {
        return codes.stream().anyMatch(DatedCode::dated);
    }

    /**
     * This entry as a person: each code with a country and a sector becomes an office (title "",
     * since the dictionaries name none; a default code becomes an office with open ends, which
     * {@link Person#officeOn} ranks below any dated one), and a country-only default becomes
     * the person's country. Codes without a sector ("IGOUNO") have no office shape and are
     * dropped; {@link #codeOn} still has them.
     */
    public Person toPerson() {
        List<Office> offices = new ArrayList<>();
        String country = null;
        for (DatedCode c : codes) {
            CameoActorCode code = c.code();
            if (code.country() != null && code.agent() != null) {
                offices.add(new Office(code.country(), code.agent(), code.secondary(), "", c.start(), c.end()));
            } else if (code.country() != null && !c.dated() && code.groups().isEmpty()) {
                country = code.country();
            }
        }
        return new Person(name, aliases, country, offices);
    }

    /**
     * This entry as an organisation, when it has one undated code naming one: an international
     * code ("IGOUNO" → UNO, kind IGO) or a national group ("PSEREBHMS" → HMS, kind PSE, agent REB).
     */
    public Optional<Organisation> toOrganisation() {
        if (dated() || codes.size() != 1 || codes.get(0).code().organisation() == null) {
            return Optional.empty();
        }
        CameoActorCode code = codes.get(0).code();
        if (code.country() == null) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(code.organisation(), name, aliases, code.country(), code.agent()));
    }

    private static LocalDate startOf(DatedCode c) {
        return c.start() == null ? LocalDate.MIN : c.start();
    }
}
