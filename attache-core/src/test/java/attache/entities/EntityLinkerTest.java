package attache.entities;

import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityLinkerTest {

    private static Mention at(String text, String surface, int occurrence, EntityType type) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(surface, start + 1);
        }
        return new Mention(new TextSpan(start, start + surface.length()), surface, type, 0, surface);
    }

    /** One sentence, tokens split on spaces; capitalised words are proper nouns. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\s.,]+").matcher(text);
        while (m.find()) {
            boolean proper = Character.isUpperCase(m.group().charAt(0));
            tokens.add(new Token(tokens.size(), new TextSpan(m.start(), m.end()), m.group(), m.group(),
                    proper ? "NNP" : "NN", "O"));
        }
        return new Sentence(0, new TextSpan(0, text.length()), tokens, List.of());
    }

    @Test
    void short_name_takes_the_full_form_before_it() {
        String text = "Envoy Park Ji-won met Ana Silva. Later Park spoke.";
        List<Mention> out = EntityLinker.canonicalise(List.of(at(text, "Park Ji-won", 0, EntityType.PERSON),
                at(text, "Ana Silva", 0, EntityType.PERSON), at(text, "Park", 1, EntityType.PERSON)));
        assertEquals("Park Ji-won", out.get(2).canonical());
        assertEquals("Ana Silva", out.get(1).canonical());
    }

    @Test
    void shared_family_name_goes_to_the_nearest_earlier_person() {
        String text = "Kim Su-min met Kim Dae-ho. Kim said no.";
        List<Mention> out = EntityLinker.canonicalise(List.of(at(text, "Kim Su-min", 0, EntityType.PERSON),
                at(text, "Kim Dae-ho", 0, EntityType.PERSON), at(text, "Kim", 2, EntityType.PERSON)));
        assertEquals("Kim Dae-ho", out.get(2).canonical());
    }

    @Test
    void acronym_names_its_organisation() {
        String text = "The International Energy Forum met. The IEF said.";
        List<Mention> out = EntityLinker.canonicalise(List.of(at(text, "International Energy Forum", 0,
                EntityType.ORGANIZATION), at(text, "IEF", 0, EntityType.ORGANIZATION)));
        assertEquals("International Energy Forum", out.get(1).canonical());
    }

    @Test
    void place_before_organisation_is_one_organisation() {
        String text = "The Norway Foreign Ministry said.";
        List<Mention> out = MentionMerger.mergePlaceIntoOrganisation(List.of(at(text, "Norway", 0, EntityType.LOCATION),
                at(text, "Foreign Ministry", 0, EntityType.ORGANIZATION)), text);
        assertEquals(1, out.size());
        assertEquals("Norway Foreign Ministry", out.get(0).text());
        assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    }

    @Test
    void a_name_found_once_is_found_wherever_it_recurs() {
        String text = "Tallinn hosted talks. Officials left Tallinn later.";
        List<Mention> out = EntityLinker.propagate(List.of(at(text, "Tallinn", 0, EntityType.LOCATION)),
                List.of(sentence(text)), text);
        assertEquals(2, out.size());
        assertEquals(text.lastIndexOf("Tallinn"), out.get(1).span().start());
    }

    @Test
    void mentions_of_one_entity_share_the_majority_type() {
        String text = "Jordan met Jordan and Jordan.";
        List<Mention> in = List.of(at(text, "Jordan", 0, EntityType.LOCATION), at(text, "Jordan", 1, EntityType.PERSON),
                at(text, "Jordan", 2, EntityType.LOCATION));
        List<Mention> out = EntityLinker.unifyTypes(in);
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION),
                out.stream().map(Mention::type).toList());
    }
}
