package attache.output;

import attache.lexicon.CameoTable;
import attache.model.AccountRelation;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Assessment;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.Claim;
import attache.model.Dateline;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Mention;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.Position;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {

    private static final CameoTable CAMEO = CameoTable.bundled();
    private static final String TEXT = "OSLO, March 3 -- Norway's foreign minister met Chilean envoys in Oslo on"
            + " Monday, the ministry said.\n\n\"We listened,\" she said.\n\nChile called the meeting a failure"
            + " on Tuesday and has insisted on a new fishing quota.\n\nPhoto: Example Wire";

    private static TextSpan at(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(start, start + words.length());
    }

    /** Chile as a word of its own, not the start of "Chilean". */
    private static TextSpan chile() {
        int start = TEXT.indexOf("Chile called");
        return new TextSpan(start, start + "Chile".length());
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
                        new Sentence(1, second, List.of(), List.of()), new Sentence(2, at("Chile called the"
                                + " meeting a failure on Tuesday and has insisted on a new fishing quota."), List.of(),
                                List.of())), List.of(), List.of())
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
                .withEvents(List.of(met))
                .withClaims(claims(minister, ministry, new Actor("Chile", "CHL", null, null, null, "country:name")),
                        List.of(new Position(new Participant(new Actor("Chile", "CHL", null, null, null,
                                "country:name"), chile()), "insist", at("insisted"),
                                at("a new fishing quota"), "insist: new fishing quota", List.of("territory", "trade"), 2,
                                new EventDate("2021-03-03", null, null, EventDate.Source.PUBLICATION),
                                at("Chile called the meeting a failure on Tuesday and has insisted on a new fishing"
                                        + " quota."))),
                        List.of(new AccountRelation(AccountRelation.Relation.CONFLICT, OptionalInt.of(0),
                                        Optional.empty(), "NOR", List.of(0, 1), "CHL", List.of(2), "assessment"),
                                new AccountRelation(AccountRelation.Relation.AGREEMENT, OptionalInt.empty(),
                                        Optional.of("CONSULT"), "NOR", List.of(1), "NOR", List.of(0), "outcome")));
    }

    /** A reported claim, a quote with a negated cue and an outcome, and a description with no speech verb. */
    private static List<Claim> claims(Actor minister, Actor ministry, Actor chile) {
        return List.of(
                new Claim(new Participant(ministry, at("the ministry")), Claim.Kind.REPORTED, at("said."),
                        at("Norway's foreign minister met Chilean envoys in Oslo on Monday"), 0,
                        new EventDate("2021-03-03", null, null, EventDate.Source.PUBLICATION), List.of(0),
                        Assessment.NEUTRAL, List.of(), Optional.empty()),
                new Claim(new Participant(minister, at("she")), Claim.Kind.QUOTE, at("she said"), at("We listened"), 1,
                        new EventDate("2021-03-03", null, null, EventDate.Source.PUBLICATION), List.of(0),
                        Assessment.POSITIVE, List.of(new Claim.AssessmentCue(at("listened"), Assessment.POSITIVE,
                                true, Optional.of("continues"))), Optional.of("continues")),
                new Claim(new Participant(chile, chile()), Claim.Kind.DESCRIPTION, at("called"),
                        at("the meeting a failure"), 2, new EventDate("2021-03-02", "Tuesday", at("Tuesday"),
                        EventDate.Source.TEXT), List.of(0), Assessment.NEGATIVE,
                        List.of(new Claim.AssessmentCue(at("failure"), Assessment.NEGATIVE, false, Optional.empty())),
                        Optional.empty()));
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
    void claims_positions_and_conflicts_come_back_as_they_were_found() {
        AnalyzedArticle original = doc();
        AnalyzedArticle back = new DocumentReader(CAMEO).read(new DocumentWriter().toJsonLine(original), "x");
        assertEquals(original.positions(), back.positions());
        assertEquals(original.relations(), back.relations());
        assertEquals(3, back.claims().size());
        for (int i = 0; i < 3; i++) {
            Claim want = original.claims().get(i);
            Claim got = back.claims().get(i);
            assertEquals(want.claimant(), got.claimant());
            assertEquals(want.kind(), got.kind());
            assertEquals(want.cue(), got.cue());
            assertEquals(want.content(), got.content());
            assertEquals(want.sentence(), got.sentence());
            assertEquals(want.events(), got.events());
            assertEquals(want.assessment(), got.assessment());
            assertEquals(want.cues(), got.cues());
            assertEquals(want.outcome(), got.outcome());
            assertEquals(want.date().value(), got.date().value());
            assertEquals(want.date().text(), got.date().text());
            assertEquals(want.date().source(), got.date().source());
        }
        assertEquals(null, back.claims().get(2).date().span(), "a claim's date words have no span in the document");
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
        IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class,
                () -> reader.read(json.replace("\"kind\":\"description\"", "\"kind\":\"rumour\""), "x"));
        assertTrue(badKind.getMessage().contains("oslo-1") && badKind.getMessage().contains("rumour"),
                badKind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.read("{\"id\": ", "x"));
    }
}
