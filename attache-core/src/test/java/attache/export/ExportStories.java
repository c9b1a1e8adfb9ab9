package attache.export;

import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.TextSpan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Events built by hand over short stories of our own, for the export tests. */
final class ExportStories {

    static final String TALKS = "North Korea and the United States resumed nuclear talks in Stockholm on Saturday,"
            + " officials said. The talks broke down within hours.";

    private ExportStories() {
    }

    static AnalyzedArticle article(String id, String url, String text) {
        return AnalyzedArticle.of(new Article(id, url, LocalDate.parse("2019-10-07"), "Talks resume", text, id));
    }

    static TextSpan span(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("no '" + words + "' in the text");
        }
        return new TextSpan(start, start + words.length());
    }

    static Actor actor(String name, String country, String agent) {
        return new Actor(name, country, null, agent, null, "test");
    }

    /** North Korea negotiated with the United States in Stockholm, dated by the text. */
    static Event talks(String text, String dateValue, boolean withTarget) {
        Participant source = new Participant(actor("North Korea", "PRK", "GOV"), span(text, "North Korea"));
        Optional<Participant> target = withTarget
                ? Optional.of(new Participant(actor("United States", "USA", "GOV"), span(text, "the United States")))
                : Optional.empty();
        CameoCode cameo = new CameoCode("046", "Engage in negotiation", 1, 7.0, Optional.of(Plover.CONSULT),
                Optional.of("meet"));
        EventDate date = new EventDate(dateValue, "on Saturday", span(text, "on Saturday"), EventDate.Source.TEXT);
        Place place = new Place("Stockholm", "SWE", span(text, "Stockholm"));
        TextSpan sentence = new TextSpan(0, text.indexOf('.') + 1);
        return new Event(source, target, Plover.CONSULT, Optional.of("meet"), cameo, date, Optional.of(place), false,
                Modality.ASSERTED, Optional.empty(), 0, span(text, "resumed"), List.of(sentence), "test:1", 0.8);
    }

    /** The talks event from one article published by one outlet. */
    static ExportEvent singleTalks(long id, String dateValue, boolean withTarget) {
        AnalyzedArticle doc = article("a1", "https://news.example/a1", TALKS);
        return ExportEvent.single(id, doc, talks(TALKS, dateValue, withTarget), "news.example");
    }
}
