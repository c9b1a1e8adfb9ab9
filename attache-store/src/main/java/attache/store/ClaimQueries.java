package attache.store;

import attache.claims.AccountComparer;
import attache.model.Assessment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of claims: stored claims by claimant, event or assessment, and the conflicts and
 * agreements between accounts — as each article found them, and computed over every stored claim
 * of one merged event, so two articles that give two sides' accounts of one event meet here.
 */
final class ClaimQueries {

    private static final String CLAIM_COLUMNS = "c.article_id, c.idx, a.published, c.claimant_name, c.claimant_code, "
            + "c.side, c.kind, c.cue_text, c.content_text, c.content_start, c.content_end, c.claim_date, "
            + "c.assessment, c.outcome, c.cues, "
            + "(SELECT string_agg(ce.event_id, ' ' ORDER BY ce.event_id) FROM claim_events ce "
            + "WHERE ce.article_id = c.article_id AND ce.claim_idx = c.idx)";

    private final Connection db;

    ClaimQueries(Connection db) {
        this.db = db;
    }

    List<ClaimRow> claims(ClaimQuery q) {
        String sql = "SELECT " + CLAIM_COLUMNS + " FROM claims c JOIN articles a ON a.id = c.article_id "
                + "WHERE (? IS NULL OR starts_with(c.claimant_code, ?)) "
                + "AND (? IS NULL OR c.assessment = ?) "
                + "AND (? IS NULL OR c.article_id = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM claim_events ce WHERE ce.article_id = c.article_id "
                + "AND ce.claim_idx = c.idx AND (ce.event_id = ? OR ce.event_id IN "
                + "(SELECT event_id FROM merged_event_members WHERE merged_id = ?)))) "
                + "ORDER BY a.published, c.article_id, c.idx";
        String actor = q.actor().map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        String assessment = q.assessment().map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String article = q.article().orElse(null);
        String event = q.event().orElse(null);
        return select(sql, actor, actor, assessment, assessment, article, article, event, event, event);
    }

    /** Conflicts and agreements as found within each article, then across the store per merged event. */
    List<ConflictRow> relations(Optional<String> scope, Optional<String> actor, Optional<String> relation) {
        List<ConflictRow> out = new ArrayList<>();
        if (scope.isEmpty() || scope.get().equals("article")) {
            out.addAll(withinArticles());
        }
        if (scope.isEmpty() || scope.get().equals("store")) {
            out.addAll(acrossStore());
        }
        String side = actor.map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        return out.stream()
                .filter(r -> relation.map(x -> x.equalsIgnoreCase(r.relation())).orElse(true))
                .filter(r -> side == null || side.startsWith(r.firstSide()) || side.startsWith(r.secondSide())
                        || r.firstSide().startsWith(side) || r.secondSide().startsWith(side))
                .toList();
    }

    private List<ConflictRow> withinArticles() {
        String sql = "SELECT coalesce(r.event_id, r.article_id || ' ' || r.episode), r.relation, r.reason, r.first_side, r.first_claims, r.second_side, "
                + "r.second_claims FROM account_relations r JOIN articles a ON a.id = r.article_id "
                + "ORDER BY a.published, r.article_id, r.idx";
        List<ConflictRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ConflictRow("article", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        split(rs.getString(5)), rs.getString(6), split(rs.getString(7))));
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
        return out;
    }

    /**
     * For each merged event, the accounts of every stored claim about one of its member events,
     * compared side by side. Only merged events whose claims come from more than one article are
     * reported here; one article's own comparisons are the "article" scope's.
     */
    private List<ConflictRow> acrossStore() {
        String sql = "SELECT m.merged_id, c.article_id, c.idx, c.side, c.assessment, c.outcome "
                + "FROM merged_event_members m JOIN claim_events ce ON ce.event_id = m.event_id "
                + "JOIN claims c ON c.article_id = ce.article_id AND c.idx = ce.claim_idx "
                + "JOIN articles a ON a.id = c.article_id "
                + "GROUP BY m.merged_id, c.article_id, c.idx, c.side, c.assessment, c.outcome, a.published "
                + "ORDER BY m.merged_id, a.published, c.article_id, c.idx";
        Map<String, List<String[]>> byMerged = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byMerged.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {
                        ClaimWriter.claimId(rs.getString(2), rs.getInt(3)), rs.getString(2), rs.getString(4),
                        rs.getString(5), rs.getString(6)});
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
        List<ConflictRow> out = new ArrayList<>();
        byMerged.forEach((merged, claims) -> {
            if (claims.stream().map(c -> c[1]).distinct().count() < 2) {
                return;
            }
            List<AccountComparer.Account> accounts = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                String[] c = claims.get(i);
                accounts.add(new AccountComparer.Account(i, c[2], Assessment.valueOf(c[3].toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(c[4])));
            }
            for (AccountComparer.Comparison cmp : AccountComparer.compare(accounts)) {
                out.add(new ConflictRow("store", merged, cmp.relation().label(), cmp.reason(), cmp.firstSide(),
                        cmp.first().stream().map(i -> claims.get(i)[0]).toList(), cmp.secondSide(),
                        cmp.second().stream().map(i -> claims.get(i)[0]).toList()));
            }
        });
        return out;
    }

    private List<ClaimRow> select(String sql, Object... params) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Rows.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<ClaimRow> out = new ArrayList<>();
                while (rs.next()) {
                    Date published = rs.getDate(3);
                    out.add(new ClaimRow(ClaimWriter.claimId(rs.getString(1), rs.getInt(2)), rs.getString(1),
                            rs.getInt(2), published == null ? null : published.toLocalDate(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getInt(10), rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14),
                            rs.getString(15), split(rs.getString(16))));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
