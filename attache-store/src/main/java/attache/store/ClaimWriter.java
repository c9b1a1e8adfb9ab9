package attache.store;

import attache.claims.AccountComparer;
import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Claim;
import attache.model.Participant;
import attache.model.Position;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Writes an article's claims (with the events each is about), positions and account relations. */
final class ClaimWriter {

    private final Connection db;

    ClaimWriter(Connection db) {
        this.db = db;
    }

    /** Stable across re-ingests of the same text: the article id and the claim's position in it. */
    static String claimId(String articleId, int index) {
        return articleId + "#c" + index;
    }

    void insert(AnalyzedArticle doc) throws SQLException {
        String id = doc.article().id();
        String text = doc.text();
        try (Rows claims = Rows.into(db, "claims", 22); Rows links = Rows.into(db, "claim_events", 3)) {
            for (int i = 0; i < doc.claims().size(); i++) {
                Claim c = doc.claims().get(i);
                Participant p = c.claimant();
                String cues = c.cues().stream().map(q -> q.span().of(text) + ":" + q.polarity().label())
                        .collect(Collectors.joining("; "));
                claims.add(id, i, c.sentence(), p.actor().name(), p.actor().code(), p.actor().country(),
                        p.actor().agent(), p.mention().start(), p.mention().end(), AccountComparer.sideOf(p.actor()),
                        c.kind().label(), c.cue().start(), c.cue().end(), c.cue().of(text), c.content().start(),
                        c.content().end(), c.content().of(text), c.date().value(), c.date().source().label(),
                        c.assessment().label(), c.outcome().orElse(null), cues);
                for (int e : c.events()) {
                    links.add(id, i, EventWriter.eventId(id, e));
                }
            }
            claims.flush();
            links.flush();
        }
        try (Rows rows = Rows.into(db, "positions", 20)) {
            for (int i = 0; i < doc.positions().size(); i++) {
                Position p = doc.positions().get(i);
                rows.add(id, i, p.sentence(), p.holder().actor().name(), p.holder().actor().code(),
                        p.holder().actor().country(), p.holder().mention().start(), p.holder().mention().end(),
                        p.stance(), p.cue().start(), p.cue().end(), p.span().start(), p.span().end(), p.span().of(text),
                        p.phrase(), String.join(" ", p.issues()), p.since().value(), p.since().source().label(),
                        p.evidence().start(), p.evidence().end());
            }
            rows.flush();
        }
        try (Rows rows = Rows.into(db, "account_relations", 10)) {
            for (int i = 0; i < doc.relations().size(); i++) {
                AccountRelation r = doc.relations().get(i);
                String event = r.event().isPresent() ? EventWriter.eventId(id, r.event().getAsInt()) : null;
                rows.add(id, i, r.relation().label(), event, r.episode().orElse(null), r.reason(), r.firstSide(),
                        ids(id, r.first()), r.secondSide(), ids(id, r.second()));
            }
            rows.flush();
        }
    }

    private static String ids(String articleId, List<Integer> claims) {
        return claims.stream().map(c -> claimId(articleId, c)).collect(Collectors.joining(" "));
    }
}
