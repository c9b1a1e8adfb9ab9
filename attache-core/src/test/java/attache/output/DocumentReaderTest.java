package attache.output;

import attache.lexicon.CameoTable;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.Dateline;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Mention;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {

    private static final CameoTable CAMEO = CameoTable.bundled();
    private static final String TEXT = "OSLO, March 3 -- Norway's foreign minister met Chilean envoys in Oslo on"
            + " Monday, the ministry said.\n\n\"We listened,\" she said.\n\nPhoto: Example Wire";

    private static TextSpan at(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(start, start + words.length());
    }

    private static AnalyzedArticle doc() {
        Article a = new Article("oslo-1", "https://www.example.no/oslo-1", LocalDate.of(2021, 3, 3), "Envoys in Oslo",
                TEXT, "wire.jsonl:7");
        Actor minister = new Actor("Norway", "NOR", null, "GOV", null, "role:foreign minister");
        Actor envoys = new Actor("Chile", "CHL", null, "GOV", "MIL", "country:demonym");
        Actor ministry = new Actor("Norway", "NOR", null, "GOV", null, "institution:ministry");
        TextSpan first = new TextSpan(TEXT.indexOf("Norway's"), TEXT.indexOf("said.") + 5);
        TextSpan second = at("\"We listened,\" she said.");
        Event met = new Event(new Participant(minister, at("Norway's foreign minister")),
                Optional.of(new Participant(envoys, at("Chilean envoys"))), Plover.CONSULT, Optional.of("visit"),
                CAMEO.byCode("040").orElseThrow(), new EventDate("2021-03-01", "Monday", at("Monday"),
                EventDate.Source.TEXT), Optional.of(new Place("Oslo", "NOR", at("Oslo on"))), false,
                Modality.REPORTED, Optional.of(new Participant(ministry, at("the ministry"))), 0, at("met"),
                List.of(first, second), "predicates.tsv:12", 0.8);
        return AnalyzedArticle.of(a)
                .withBoilerplate(List.of(new Boilerplate(at("Photo: Example Wire"), BoilerplateKind.PHOTO_CREDIT,
                        "Photo: Example Wire")), Optional.of(new Dateline("OSLO", LocalDate.of(2021, 3, 3),
                        at("OSLO, March 3 --"))))
                .withLanguage(List.of(new Sentence(0, first, List.of(), List.of()),
                        new Sentence(1, second, List.of(), List.of())), List.of(), List.of())
                .withEntities(List.of(new Mention(at("Norway"), "Norway", EntityType.LOCATION, 0, "Norway")))
                .withTimes(List.of(new TimeExpression(at("Monday"), "Monday", TimexType.DATE, "2021-03-01", 0,
                        "weekday")))
                .withQuotes(List.of(new Quote(at("We listened"), "We listened", List.of(at("We listened")),
                        Optional.of(new Quote.Speaker("Norway's foreign minister", at("she"))))))
                .withActors(List.of(
                        new ActorMention(at("Norway's foreign minister"), "Norway's foreign minister", 0, 3, minister,
                                Optional.empty()),
                        new ActorMention(at("Chilean envoys"), "Chilean envoys", 0, 7, envoys, Optional.empty()),
                        new ActorMention(at("she"), "she", 1, 2, minister, Optional.of(at("Norway's foreign minister")))))
                .withEvents(List.of(met));
    }

    @Test
    void a_document_read_back_is_written_again_byte_for_byte() {
        DocumentWriter writer = new DocumentWriter();
        String json = writer.toJsonLine(doc());
        AnalyzedArticle back = new DocumentReader(CAMEO).read(json, "wire.jsonl:7");
        assertEquals(json, writer.toJsonLine(back));
    }

    @Test
    void keeps_what_the_store_reads_beyond_the_contract_fields() {
        AnalyzedArticle back = new DocumentReader(CAMEO).read(new DocumentWriter().toJsonLine(doc()), "wire.jsonl:7");
        Event e = back.events().get(0);
        assertEquals(at("Monday"), e.date().span());
        assertEquals(at("Oslo on"), e.location().orElseThrow().span());
        assertEquals(CAMEO.byCode("040").orElseThrow().name(), e.cameo().name());
        assertEquals("MIL", e.target().orElseThrow().actor().secondary());
        assertEquals(List.of(at("Norway's foreign minister").start(), at("\"We listened,\" she said.").start()),
                e.evidence().stream().map(TextSpan::start).toList());
        assertEquals("wire.jsonl:7", back.article().origin());
        assertEquals(doc().body(), back.body());
        assertEquals(at("Norway's foreign minister"), back.actors().get(2).antecedent().orElseThrow());
        assertEquals(-1, back.actors().get(0).head(), "the head token is not in the document");
    }

    @Test
    void a_broken_document_is_refused_naming_it_and_the_field() {
        DocumentReader reader = new DocumentReader(CAMEO);
        String json = new DocumentWriter().toJsonLine(doc());
        IllegalArgumentException noText = assertThrows(IllegalArgumentException.class,
                () -> reader.read(json.replace("\"text\":\"OSLO", "\"txt\":\"OSLO"), "x"));
        assertTrue(noText.getMessage().contains("oslo-1") && noText.getMessage().contains("\"text\""),
                noText.getMessage());
        IllegalArgumentException badCode = assertThrows(IllegalArgumentException.class,
                () -> reader.read(json.replace("\"cameo\":\"040\"", "\"cameo\":\"0999\""), "x"));
        assertTrue(badCode.getMessage().contains("0999"), badCode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.read("{\"id\": ", "x"));
    }
}
