package attache.lexicon;

import attache.model.Actor;
import attache.actors.Office;
import attache.actors.Person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * People and the offices they held, with dates ({@code lexicons/actors/people.tsv}, whose header
 * documents the format), so that "Putin" in a 2010 article is Russia's government as prime minister
 * and Trump in 2022 is an American out of office. Immutable once built, so safe to share between
 * threads.
 *
 * <p>Names match by a key that ignores case, accents, and spaces, hyphens and punctuation between
 * the letters, because news text writes "Lee Do-hoon", "Lee Do hoon" and "LEE DO HOON" for one man.
 */
public final class PeopleLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/actors/people.tsv";
    /**
     * The sector of someone known for an office while out of it, following Phoenix's convention: its
     * country dictionary gives each politician an undated default such as {@code [RUSELI]} ("elites")
     * around the dated offices, and its agents file codes "former president" as ELI.
     */
    public static final String FORMER_OFFICIAL = "ELI";

    private static final int COLUMNS = 10;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<Person> people;
    private final Map<String, Person> byKey;
    private final Map<String, List<Person>> bySurname;

    private PeopleLexicon(List<Person> people) {
        this.people = List.copyOf(people);
        this.byKey = index(this.people);
        this.bySurname = surnames(this.people);
    }

    /** The lexicon shipped with Attaché. */
    public static PeopleLexicon bundled() {
        InputStream in = PeopleLexicon.class.getResourceAsStream(RESOURCE);
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
     * Reads a lexicon in the documented format: one row per office, rows of one person joined by name.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code sourceName} and the line
     */
    public static PeopleLexicon parse(Reader reader, String sourceName) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, PersonRows> byName = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            addRow(byName, line, sourceName + ":" + number);
        }
        List<Person> people = new ArrayList<>();
        byName.values().forEach(rows -> people.add(rows.person()));
        return of(people);
    }

    /**
     * A lexicon of the given people.
     *
     * @throws IllegalArgumentException when two people share a name or alias, since a lookup could then
     *                                  not say which one was meant
     */
    public static PeopleLexicon of(List<Person> people) {
        return new PeopleLexicon(people);
    }

    /**
     * This lexicon extended by {@code other}, whose entries win: a person of the same name (by the
     * matching key) gets the offices of both (duplicates dropped), the aliases of both, and
     * {@code other}'s nationality when it gives one; a new person is added; and an alias of a person
     * in {@code other} that names someone here is taken from them, so users can repoint a name.
     */
    public PeopleLexicon merge(PeopleLexicon other) {
        Map<String, Person> merged = new LinkedHashMap<>();
        for (Person p : people) {
            merged.put(key(p.name()), p);
        }
        for (Person p : other.people) {
            merged.merge(key(p.name()), p, PeopleLexicon::combine);
        }
        List<String> claimed = new ArrayList<>();
        for (Person p : other.people) {
            p.aliases().forEach(a -> claimed.add(key(a)));
        }
        List<Person> result = new ArrayList<>();
        for (Person p : merged.values()) {
            boolean fromOther = other.byKey.containsKey(key(p.name()));
            result.add(fromOther ? p : withoutAliases(p, claimed));
        }
        return new PeopleLexicon(result);
    }

    /** The person with this full name or alias, ignoring case, accents, spaces and hyphens. */
    public Optional<Person> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * The one person who holds an office on the date and whose family name is this word ("Putin",
     * "Kagame"), for articles that never give the full name; empty when none or several fit
     * ("Kim", "Lee"). Both ends of a name count as the family name, since East Asian names put it
     * first.
     */
    public Optional<Person> findBySurname(String surname, LocalDate date) {
        List<Person> fits = bySurname.getOrDefault(key(surname), List.of()).stream()
                .filter(p -> p.officeOn(date).isPresent()).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * The one person with this family name who held, at any time, an office whose title the
     * phrase around the name gives ("President Obama", "Prime Minister Sharif"), with that office
     * (the latest such, if they held it twice): a title and a family name together identify a
     * person even on a date they do not hold it, as in a story looking back. Empty when none or
     * several fit.
     */
    public Optional<Map.Entry<Person, attache.actors.Office>> findBySurnameAndTitle(String surname, String phrase) {
        String words = " " + phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        Map.Entry<Person, attache.actors.Office> fit = null;
        for (Person p : bySurname.getOrDefault(key(surname), List.of())) {
            attache.actors.Office latest = null;
            for (attache.actors.Office o : p.offices()) {
                String title = " " + o.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
                if (!title.isBlank() && words.contains(title) && (latest == null || o.start().isAfter(latest.start()))) {
                    latest = o;
                }
            }
            if (latest != null) {
                if (fit != null && !sameOffice(fit.getValue(), latest)) {
                    return Optional.empty();
                }
                if (fit == null || latest.start().isAfter(fit.getValue().start())) {
                    // "President Bush": father and son held the same office, so the actor is the
                    // same either way; the later holder is named.
                    fit = Map.entry(p, latest);
                }
            }
        }
        return Optional.ofNullable(fit);
    }

    private static boolean sameOffice(attache.actors.Office a, attache.actors.Office b) {
        return a.country().equals(b.country()) && java.util.Objects.equals(a.agent(), b.agent())
                && java.util.Objects.equals(a.secondary(), b.secondary()) && a.title().equals(b.title());
    }

    private static Map<String, List<Person>> surnames(List<Person> people) {
        Map<String, List<Person>> index = new LinkedHashMap<>();
        for (Person p : people) {
            String[] words = p.name().strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            for (String end : new java.util.LinkedHashSet<>(List.of(words[0], words[words.length - 1]))) {
                index.computeIfAbsent(key(end), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    /** Everyone, in file order. */
    public List<Person> all() {
        return people;
    }

    /**
     * The actor a person is on a date: their office's country and sector when they hold one; else their
     * nationality with {@link #FORMER_OFFICIAL} if they ever held an office, or with no sector if not.
     * For an IGO or NGO office the organisation code moves from the office's agent to the actor's
     * organisation (see the data file's header).
     */
    public static Actor actorOn(Person person, LocalDate date) {
        String source = "people:" + person.name();
        Optional<Office> office = person.officeOn(date);
        if (office.isPresent()) {
            Office o = office.get();
            if (OfficeRows.international(o.country())) {
                return new Actor(person.name(), o.country(), o.agent(), o.secondary(), null, source);
            }
            return new Actor(person.name(), o.country(), null, o.agent(), o.secondary(), source);
        }
        String agent = person.offices().isEmpty() ? null : FORMER_OFFICIAL;
        return new Actor(person.name(), person.country(), null, agent, null, source);
    }

    /** The matching key: accents stripped, lower case, only letters and digits. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll("");
    }

    private static Map<String, Person> index(List<Person> people) {
        Map<String, Person> index = new LinkedHashMap<>();
        for (Person p : people) {
            putUnique(index, p.name(), p);
            for (String alias : p.aliases()) {
                putUnique(index, alias, p);
            }
        }
        return Map.copyOf(index);
    }

    private static void putUnique(Map<String, Person> index, String name, Person p) {
        Person previous = index.putIfAbsent(key(name), p);
        if (previous != null && previous != p) {
            throw new IllegalArgumentException("'" + name + "' names both " + previous.name() + " and " + p.name());
        }
    }

    private static Person combine(Person base, Person extra) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(base.aliases());
        aliases.addAll(extra.aliases());
        LinkedHashSet<Office> offices = new LinkedHashSet<>(base.offices());
        offices.addAll(extra.offices());
        String country = extra.country() != null ? extra.country() : base.country();
        return new Person(extra.name(), List.copyOf(aliases), country, List.copyOf(offices));
    }

    private static Person withoutAliases(Person p, List<String> claimed) {
        List<String> kept = p.aliases().stream().filter(a -> !claimed.contains(key(a))).toList();
        return new Person(p.name(), kept, p.country(), p.offices());
    }

    private static void addRow(Map<String, PersonRows> byName, String line, String where) {
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS) {
            throw new IllegalArgumentException(where + ": expected " + COLUMNS + " tab-separated columns, found "
                    + cols.length);
        }
        String name = cols[0].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing name");
        }
        PersonRows rows = byName.computeIfAbsent(key(name), k -> new PersonRows(name));
        rows.add(cols, where);
    }

    /** The rows of one person as they are read: aliases gathered, nationality checked for agreement. */
    private static final class PersonRows {
        private final String name;
        private final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        private final List<Office> offices = new ArrayList<>();
        private String nationality;

        PersonRows(String name) {
            this.name = name;
        }

        void add(String[] cols, String where) {
            for (String alias : cols[1].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
            if (!cols[2].isEmpty()) {
                String n = OfficeRows.country(cols[2], "nationality", where);
                if (nationality != null && !nationality.equals(n)) {
                    throw new IllegalArgumentException(where + ": " + name + " has nationality " + nationality
                            + " on an earlier row, " + n + " here");
                }
                nationality = n;
            }
            if (!cols[3].isEmpty() || !cols[7].isEmpty()) {
                offices.add(office(cols, where));
            }
        }

        private static Office office(String[] cols, String where) {
            String country = OfficeRows.country(cols[3], "country", where);
            return OfficeRows.office(country, OfficeRows.code(cols[4], "org", where),
                    OfficeRows.code(cols[5], "agent", where), OfficeRows.code(cols[6], "secondary", where),
                    cols[7], OfficeRows.date(cols[8], "start", where), OfficeRows.date(cols[9], "end", where), where);
        }

        Person person() {
            aliases.remove(name);
            return new Person(name, List.copyOf(aliases), nationality, offices);
        }
    }
}
