package attache.merge;

import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.TextSpan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Articles from the fixture texts and events built by hand, so that merge tests load no models. */
final class MergeFixtures {

    private MergeFixtures() {
    }

    static ArticleText article(String id, String outlet, String published, String resource) {
        return new ArticleText(id, outlet, LocalDate.parse(published), text(resource));
    }

    static String text(String resource) {
        try (InputStream in = MergeFixtures.class.getResourceAsStream("/merge/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event builder with defaults: asserted, not negated, no place, one evidence span, confidence 0.8. */
    record EventSpec(String source, String target, Plover type, String cameo, String date, String country,
                     boolean negated, double confidence, int mentions) {

        static EventSpec of(String source, String target, Plover type, String cameo, String date) {
            return new EventSpec(source, target, type, cameo, date, null, false, 0.8, 1);
        }

        EventSpec in(String newCountry) {
            return new EventSpec(source, target, type, cameo, date, newCountry, negated, confidence, mentions);
        }

        EventSpec denied() {
            return new EventSpec(source, target, type, cameo, date, country, true, confidence, mentions);
        }

        EventSpec confidence(double c) {
            return new EventSpec(source, target, type, cameo, date, country, negated, c, mentions);
        }

        EventSpec on(String newDate) {
            return new EventSpec(source, target, type, cameo, newDate, country, negated, confidence, mentions);
        }

        EventSpec toldTimes(int n) {
            return new EventSpec(source, target, type, cameo, date, country, negated, confidence, n);
        }

        Event build() {
            List<TextSpan> evidence = java.util.stream.IntStream.range(0, mentions)
                    .mapToObj(i -> new TextSpan(i * 100, i * 100 + 80)).toList();
            Optional<Place> place = Optional.ofNullable(country).map(c -> new Place("somewhere", c, null));
            return new Event(participant(source), Optional.ofNullable(target).map(MergeFixtures::participant), type,
                    Optional.empty(), new CameoCode(cameo, "test", 1, 1.0, Optional.of(type), Optional.empty()),
                    new EventDate(date, null, null, EventDate.Source.TEXT), place, negated, Modality.ASSERTED,
                    Optional.empty(), 0, new TextSpan(10, 14), evidence, "test:1", confidence);
        }

        ReportedEvent reportedAs(String eventId, String articleId, String outlet, String storyId) {
            return new ReportedEvent(eventId, articleId, outlet, storyId, build());
        }
    }

    /** A participant from a CAMEO code: "PRKGOV" is country PRK, agent GOV; a lower-case name has no code. */
    static Participant participant(String code) {
        Actor actor = Character.isLowerCase(code.charAt(0))
                ? new Actor(code, null, null, null, null, "test")
                : new Actor(code, code.substring(0, 3), null, code.length() > 3 ? code.substring(3) : null, null,
                "test");
        return new Participant(actor, new TextSpan(0, 5));
    }
}
