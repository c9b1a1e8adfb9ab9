package attache.lexicon;

import attache.actors.Office;
import attache.actors.Organisation;
import attache.actors.Person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The people and organisations a user adds without a rebuild, read from a JSON file in the format of
 * {@code docs/dictionaries.md}. Reading again picks up edits. A bad entry fails the whole read with
 * the file and the entry named ("people[3] (Lee Do-hoon).offices[0]: ends before it starts"), so a
 * typo never silently drops a person.
 *
 * @param people        people with their offices; merge into the bundled lexicon with
 *                      {@code PeopleLexicon.bundled().merge(PeopleLexicon.of(people))}
 * @param organisations organisations and national bodies
 */
public record UserDictionary(List<Person> people, List<Organisation> organisations) {

    private static final Set<String> TOP = Set.of("people", "organisations");
    private static final Set<String> PERSON = Set.of("name", "aliases", "country", "offices");
    private static final Set<String> OFFICE = Set.of("country", "organisation", "agent", "secondary", "title",
            "start", "end");
    private static final Set<String> ORGANISATION = Set.of("code", "name", "names", "kind", "agent");

    public UserDictionary {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
    }

    /**
     * Reads a dictionary file.
     *
     * @throws IllegalArgumentException on malformed JSON or a bad entry, naming the file and the entry
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static UserDictionary read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object with \"people\" and/or \"organisations\"");
        }
        String where = file.toString();
        knownFields(root, TOP, where);
        List<Person> people = new ArrayList<>();
        List<JsonNode> personNodes = array(root, "people", where);
        for (int i = 0; i < personNodes.size(); i++) {
            people.add(person(personNodes.get(i), where + ": people[" + i + "]"));
        }
        List<Organisation> organisations = new ArrayList<>();
        List<JsonNode> orgNodes = array(root, "organisations", where);
        for (int i = 0; i < orgNodes.size(); i++) {
            organisations.add(organisation(orgNodes.get(i), where + ": organisations[" + i + "]"));
        }
        return new UserDictionary(people, organisations);
    }

    private static Person person(JsonNode node, String where) {
        requireObject(node, where);
        String name = text(node, "name", where);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(where + ": missing name");
        }
        String entry = where + " (" + name + ")";
        knownFields(node, PERSON, entry);
        String country = text(node, "country", entry);
        if (country != null) {
            OfficeRows.country(country, "country", entry);
        }
        List<Office> offices = new ArrayList<>();
        List<JsonNode> officeNodes = array(node, "offices", entry);
        for (int i = 0; i < officeNodes.size(); i++) {
            offices.add(office(officeNodes.get(i), entry + ".offices[" + i + "]"));
        }
        return new Person(name.strip(), strings(node, "aliases", entry), country, offices);
    }

    private static Office office(JsonNode node, String where) {
        requireObject(node, where);
        knownFields(node, OFFICE, where);
        String country = OfficeRows.country(text(node, "country", where), "country", where);
        return OfficeRows.office(country,
                OfficeRows.code(text(node, "organisation", where), "organisation", where),
                OfficeRows.code(text(node, "agent", where), "agent", where),
                OfficeRows.code(text(node, "secondary", where), "secondary", where),
                text(node, "title", where),
                OfficeRows.date(text(node, "start", where), "start", where),
                OfficeRows.date(text(node, "end", where), "end", where), where);
    }

    private static Organisation organisation(JsonNode node, String where) {
        requireObject(node, where);
        String name = text(node, "name", where);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(where + ": missing name");
        }
        String entry = where + " (" + name + ")";
        knownFields(node, ORGANISATION, entry);
        String code = text(node, "code", entry);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(entry + ": missing code");
        }
        String kind = OfficeRows.country(text(node, "kind", entry), "kind", entry);
        String agent = OfficeRows.code(text(node, "agent", entry), "agent", entry);
        return new Organisation(code.strip(), name.strip(), strings(node, "names", entry), kind, agent);
    }

    private static void requireObject(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object, found " + node.getNodeType());
        }
    }

    /** Unknown fields are errors, so a misspelt "aliasses" is reported rather than ignored. */
    private static void knownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + field + "\"; expected one of "
                        + known.stream().sorted().toList());
            }
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static List<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(node, field, where)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": \"" + field + "\" must hold non-empty strings");
            }
            out.add(item.asText().strip());
        }
        return out;
    }
}
