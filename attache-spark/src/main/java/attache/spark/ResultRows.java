package attache.spark;

import attache.export.ExportEvent;
import attache.export.ExportFormat;
import attache.export.Exporter;
import attache.ingest.IngestResult;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Event;
import attache.model.Outlet;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Quote;
import attache.model.Sentences;
import attache.model.TextSpan;
import attache.output.DocumentWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An analysed article as one {@link Schemas#RESULT} row: the document {@code process} writes, and
 * the article's rows of every other table, each event with the id the store gives it
 * ({@code article#index}). The GDELT and PLOVER lines are written by the export writers themselves,
 * one event at a time, each event known from this article only (merging across articles is the
 * store's, after {@code load-parquet}).
 */
final class ResultRows {

    private final DocumentWriter writer = new DocumentWriter();
    private final Exporter exporter = new Exporter();

    Row analysed(AnalyzedArticle doc) {
        String id = doc.article().id();
        String text = doc.text();
        List<Row> events = new ArrayList<>();
        List<Row> mentions = new ArrayList<>();
        List<String> gdelt = new ArrayList<>();
        List<String> gdeltMentions = new ArrayList<>();
        List<String> plover = new ArrayList<>();
        String outlet = Outlet.of(doc.article().url());
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            String eventId = id + "#" + i;
            long globalId = globalEventId(eventId);
            events.add(event(eventId, i, globalId, e, text));
            for (int m = 0; m < e.evidence().size(); m++) {
                TextSpan span = e.evidence().get(m);
                int sentence = Sentences.holding(doc.sentences(), span).orElse(e.sentence());
                mentions.add(RowFactory.create(eventId, i, m, sentence,
                        span.start(), span.end(), span.of(text), e.confidence()));
            }
            List<ExportEvent> one = List.of(ExportEvent.single(globalId, doc, e, outlet));
            gdelt.addAll(lines(ExportFormat.GDELT, one));
            gdeltMentions.addAll(lines(ExportFormat.GDELT_MENTIONS, one));
            plover.addAll(lines(ExportFormat.PLOVER, one));
        }
        return RowFactory.create(id, doc.article().origin(), null, doc.article().url(),
                doc.article().published().toString(), doc.article().title(), doc.body().text(),
                writer.toJsonLine(doc), Seqs.of(events), Seqs.of(mentions), Seqs.of(quotes(doc)), Seqs.of(gdelt),
                Seqs.of(gdeltMentions), Seqs.of(plover));
    }

    static Row rejected(IngestResult.Rejected r) {
        return RowFactory.create(null, r.origin(), r.reason(), null, null, null, null, null, Seqs.of(List.of()),
                Seqs.of(List.of()), Seqs.of(List.of()), Seqs.of(List.of()), Seqs.of(List.of()), Seqs.of(List.of()));
    }

    /** GDELT's GLOBALEVENTID must be a number: the first 15 hex digits of the event id's SHA-256. */
    static long globalEventId(String eventId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(HexFormat.of().formatHex(digest).substring(0, 15), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Row event(String eventId, int idx, long globalId, Event e, String text) {
        List<Object> r = new ArrayList<>(List.of(eventId, idx, globalId));
        participant(r, Optional.of(e.source()));
        participant(r, e.target());
        r.add(e.type().name());
        r.add(e.mode().orElse(null));
        r.add(e.cameo().code());
        r.add(e.cameo().rootCode());
        r.add(e.cameo().name());
        r.add(e.cameo().quadClass());
        r.add(e.cameo().goldstein());
        r.add(e.date().value());
        r.add(e.date().text());
        r.add(e.date().source().label());
        r.add(e.date().span() == null ? null : e.date().span().start());
        r.add(e.date().span() == null ? null : e.date().span().end());
        Optional<Place> p = e.location();
        r.add(p.map(Place::name).orElse(null));
        r.add(p.map(Place::country).orElse(null));
        r.add(p.map(Place::span).map(TextSpan::start).orElse(null));
        r.add(p.map(Place::span).map(TextSpan::end).orElse(null));
        r.add(e.negated());
        r.add(e.modality().label());
        r.add(e.claimant().map(c -> c.actor().name()).orElse(null));
        r.add(e.claimant().map(c -> c.actor().code()).orElse(null));
        r.add(e.claimant().map(c -> c.mention().start()).orElse(null));
        r.add(e.claimant().map(c -> c.mention().end()).orElse(null));
        r.add(e.sentence());
        r.add(e.trigger().start());
        r.add(e.trigger().end());
        r.add(e.trigger().of(text));
        TextSpan evidence = e.evidence().get(0);
        r.add(evidence.start());
        r.add(evidence.end());
        r.add(evidence.of(text));
        r.add(e.pattern());
        r.add(e.confidence());
        return RowFactory.create(r.toArray());
    }

    private static void participant(List<Object> r, Optional<Participant> p) {
        Optional<Actor> a = p.map(Participant::actor);
        r.add(a.map(Actor::name).orElse(null));
        r.add(a.map(Actor::code).orElse(null));
        r.add(a.map(Actor::country).orElse(null));
        r.add(a.map(Actor::agent).orElse(null));
        r.add(p.map(x -> x.mention().start()).orElse(null));
        r.add(p.map(x -> x.mention().end()).orElse(null));
    }

    private static List<Row> quotes(AnalyzedArticle doc) {
        Map<TextSpan, Actor> actors = new HashMap<>();
        for (ActorMention m : doc.actors()) {
            actors.putIfAbsent(m.span(), m.actor());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < doc.quotes().size(); i++) {
            Quote q = doc.quotes().get(i);
            Optional<Quote.Speaker> s = q.speaker();
            Optional<Actor> a = s.map(sp -> actors.get(sp.mention()));
            rows.add(RowFactory.create(i, q.text(), q.span().start(), q.span().end(),
                    s.map(Quote.Speaker::name).orElse(null), s.map(sp -> sp.mention().start()).orElse(null),
                    s.map(sp -> sp.mention().end()).orElse(null), a.map(Actor::code).orElse(null),
                    a.map(Actor::country).orElse(null), a.map(Actor::agent).orElse(null)));
        }
        return rows;
    }

    private List<String> lines(ExportFormat format, List<ExportEvent> events) {
        StringWriter out = new StringWriter();
        try {
            exporter.write(format, events, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to a string", e);
        }
        String written = out.toString();
        // every writer ends each line with '\n'; split drops the empty string after the last
        return written.isEmpty() ? List.of() : List.of(written.split("\n"));
    }

}
