package attache.store;

import attache.model.AnalyzedArticle;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Sentences;
import attache.model.TextSpan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes an article's coded events and one event mention per sentence of evidence. */
final class EventWriter {

    private final Connection db;

    EventWriter(Connection db) {
        this.db = db;
    }

    /** Stable across re-ingests of the same text: the article id and the event's position in it. */
    static String eventId(String articleId, int index) {
        return articleId + "#" + index;
    }

    void insert(AnalyzedArticle doc) throws SQLException {
        String articleId = doc.article().id();
        String text = doc.text();
        try (Rows events = Rows.into(db, "events", 48); Rows mentions = Rows.into(db, "event_mentions", 8)) {
            for (int i = 0; i < doc.events().size(); i++) {
                Event e = doc.events().get(i);
                String eventId = eventId(articleId, i);
                events.add(row(eventId, articleId, i, e, text).toArray());
                for (int m = 0; m < e.evidence().size(); m++) {
                    TextSpan span = e.evidence().get(m);
                    int sentence = Sentences.holding(doc.sentences(), span).orElse(e.sentence());
                    mentions.add(eventId, articleId, m, sentence, span.start(), span.end(), span.of(text),
                            e.confidence());
                }
            }
            events.flush();
            mentions.flush();
        }
    }

    private static List<Object> row(String eventId, String articleId, int index, Event e, String text) {
        List<Object> r = new ArrayList<>(List.of(eventId, articleId, index));
        participant(r, Optional.of(e.source()), true);
        participant(r, e.target(), true);
        r.add(e.type().name());
        r.add(e.mode().orElse(null));
        r.add(e.cameo().code());
        r.add(e.cameo().rootCode());
        r.add(e.cameo().name());
        r.add(e.cameo().quadClass());
        r.add(e.cameo().goldstein());
        date(r, e.date());
        Optional<Place> p = e.location();
        r.add(p.map(Place::name).orElse(null));
        r.add(p.map(Place::country).orElse(null));
        r.add(p.map(Place::span).map(TextSpan::start).orElse(null));
        r.add(p.map(Place::span).map(TextSpan::end).orElse(null));
        r.add(e.negated());
        r.add(e.modality().label());
        participant(r, e.claimant(), false);
        r.add(e.sentence());
        span(r, e.trigger(), text);
        span(r, e.evidence().get(0), text);
        r.add(e.pattern());
        r.add(e.confidence());
        return r;
    }

    /** name, code, [country, agent,] start, end: the columns of one party to an event. */
    private static void participant(List<Object> r, Optional<Participant> p, boolean withSector) {
        r.add(p.map(x -> x.actor().name()).orElse(null));
        r.add(p.map(x -> x.actor().code()).orElse(null));
        if (withSector) {
            r.add(p.map(x -> x.actor().country()).orElse(null));
            r.add(p.map(x -> x.actor().agent()).orElse(null));
        }
        r.add(p.map(x -> x.mention().start()).orElse(null));
        r.add(p.map(x -> x.mention().end()).orElse(null));
    }

    private static void date(List<Object> r, EventDate d) {
        Optional<DatePeriod> period = DatePeriod.of(d.value());
        r.add(d.value());
        r.add(period.map(DatePeriod::first).orElse(null));
        r.add(period.map(DatePeriod::last).orElse(null));
        r.add(d.text());
        r.add(d.source().label());
        r.add(d.span() == null ? null : d.span().start());
        r.add(d.span() == null ? null : d.span().end());
    }

    private static void span(List<Object> r, TextSpan s, String text) {
        r.add(s.start());
        r.add(s.end());
        r.add(s.of(text));
    }

}
