package attache.store;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Boilerplate;
import attache.model.Mention;
import attache.model.Quote;
import attache.model.TextSpan;
import attache.model.TimeExpression;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the facts of one analysed article (every table but {@code articles} and {@code events})
 * inside the caller's transaction, and deletes them again when the article is replaced.
 */
final class FactWriter {

    /** Tables keyed by article id that hold an article's facts, children before parents. */
    private static final List<String> ARTICLE_TABLES = List.of("account_relations", "claim_events", "claims",
            "positions", "event_mentions", "events", "boilerplate", "entities", "times", "quotes", "actor_mentions");

    private final Connection db;

    FactWriter(Connection db) {
        this.db = db;
    }

    /** Removes everything stored about an article except its row in {@code articles}. */
    void delete(String articleId) throws SQLException {
        // Merged events are rebuilt by the merger; an event that is gone must not stay a member.
        try (var ps = db.prepareStatement("DELETE FROM merged_event_members WHERE event_id IN "
                + "(SELECT event_id FROM events WHERE article_id = ?)")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        for (String table : ARTICLE_TABLES) {
            try (var ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    void insert(AnalyzedArticle doc) throws SQLException {
        String id = doc.article().id();
        boilerplate(id, doc.boilerplate());
        entities(id, doc);
        times(id, doc.times());
        quotes(id, doc);
        actors(id, doc.actors());
        new EventWriter(db).insert(doc);
        new ClaimWriter(db).insert(doc);
    }

    private void boilerplate(String id, List<Boilerplate> spans) throws SQLException {
        try (Rows rows = Rows.into(db, "boilerplate", 6)) {
            for (int i = 0; i < spans.size(); i++) {
                Boilerplate b = spans.get(i);
                rows.add(id, i, b.kind().label(), b.span().start(), b.span().end(), b.text());
            }
            rows.flush();
        }
    }

    private void entities(String id, AnalyzedArticle doc) throws SQLException {
        try (Rows rows = Rows.into(db, "entities", 12)) {
            List<Mention> mentions = doc.entities();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                Optional<Actor> a = actorAt(doc, m.span());
                rows.add(id, i, m.sentence(), m.type().name(), m.text(), m.canonical(), m.span().start(),
                        m.span().end(), a.map(Actor::name).orElse(null), a.map(Actor::code).orElse(null),
                        a.map(Actor::country).orElse(null), a.map(Actor::agent).orElse(null));
            }
            rows.flush();
        }
    }

    private void times(String id, List<TimeExpression> times) throws SQLException {
        try (Rows rows = Rows.into(db, "times", 9)) {
            for (int i = 0; i < times.size(); i++) {
                TimeExpression t = times.get(i);
                rows.add(id, i, t.sentence(), t.type().name(), t.value(), t.text(), t.span().start(),
                        t.span().end(), t.detector());
            }
            rows.flush();
        }
    }

    private void quotes(String id, AnalyzedArticle doc) throws SQLException {
        try (Rows rows = Rows.into(db, "quotes", 11)) {
            List<Quote> quotes = doc.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                Optional<Quote.Speaker> s = q.speaker();
                Optional<Actor> a = s.flatMap(sp -> actorAt(doc, sp.mention()));
                rows.add(id, i, q.text(), q.span().start(), q.span().end(),
                        s.map(Quote.Speaker::name).orElse(null), s.map(sp -> sp.mention().start()).orElse(null),
                        s.map(sp -> sp.mention().end()).orElse(null), a.map(Actor::code).orElse(null),
                        a.map(Actor::country).orElse(null), a.map(Actor::agent).orElse(null));
            }
            rows.flush();
        }
    }

    private void actors(String id, List<ActorMention> mentions) throws SQLException {
        try (Rows rows = Rows.into(db, "actor_mentions", 15)) {
            for (int i = 0; i < mentions.size(); i++) {
                ActorMention m = mentions.get(i);
                Actor a = m.actor();
                rows.add(id, i, m.sentence(), m.text(), m.span().start(), m.span().end(), a.name(), a.code(),
                        a.country(), a.organisation(), a.agent(), a.secondary(), a.source(),
                        m.antecedent().map(TextSpan::start).orElse(null),
                        m.antecedent().map(TextSpan::end).orElse(null));
            }
            rows.flush();
        }
    }

    /** The actor of the mention at exactly this span, as the JSON document reports it. */
    private static Optional<Actor> actorAt(AnalyzedArticle doc, TextSpan span) {
        return doc.actors().stream().filter(m -> m.span().equals(span)).map(ActorMention::actor).findFirst();
    }
}
