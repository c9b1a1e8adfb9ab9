package attache.claims;

import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Claim;
import attache.model.Position;
import attache.model.TextSpan;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one article's claims, positions and account relations against its gold (the rules are in
 * {@code claims-eval/README.md}), adding to running totals.
 */
final class ClaimScorer {

    /** Matched, found and expected counts of one kind of record. */
    static final class Tally {
        int matchedFound;
        int matchedGold;
        int found;
        int gold;

        double precision() {
            return found == 0 ? 0 : (double) matchedFound / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f",
                    precision(), matchedFound, found, recall(), matchedGold, gold, f1());
        }
    }

    final Tally claims = new Tally();
    final Tally positions = new Tally();
    final Tally relations = new Tally();
    int assessed;
    int assessedRight;

    void score(AnalyzedArticle doc, JsonNode gold) {
        scoreClaims(doc, gold.get("claims"));
        scorePositions(doc, gold.get("positions"));
        scoreRelations(doc, gold.get("relations"));
    }

    private void scoreClaims(AnalyzedArticle doc, JsonNode gold) {
        List<Claim> found = doc.claims();
        boolean[] used = new boolean[found.size()];
        claims.found += found.size();
        claims.gold += gold.size();
        for (JsonNode g : gold) {
            int at = doc.text().indexOf(g.get("content").asText());
            TextSpan span = new TextSpan(at, at + g.get("content").asText().length());
            for (int i = 0; i < found.size(); i++) {
                Claim c = found.get(i);
                if (!used[i] && AccountComparer.sideOf(c.claimant().actor()).equals(g.get("side").asText())
                        && c.content().overlaps(span)) {
                    used[i] = true;
                    claims.matchedGold++;
                    claims.matchedFound++;
                    assessed++;
                    if (c.assessment().label().equals(g.get("assessment").asText())) {
                        assessedRight++;
                    }
                    break;
                }
            }
        }
    }

    private void scorePositions(AnalyzedArticle doc, JsonNode gold) {
        List<Position> found = doc.positions();
        boolean[] used = new boolean[found.size()];
        positions.found += found.size();
        positions.gold += gold.size();
        for (JsonNode g : gold) {
            Set<String> issues = new HashSet<>();
            g.get("issues").forEach(i -> issues.add(i.asText()));
            for (int i = 0; i < found.size(); i++) {
                Position p = found.get(i);
                boolean sharesIssue = issues.isEmpty() || p.issues().stream().anyMatch(issues::contains);
                if (!used[i] && AccountComparer.sideOf(p.holder().actor()).equals(g.get("side").asText())
                        && p.stance().equals(g.get("stance").asText()) && sharesIssue) {
                    used[i] = true;
                    positions.matchedGold++;
                    positions.matchedFound++;
                    break;
                }
            }
        }
    }

    private void scoreRelations(AnalyzedArticle doc, JsonNode gold) {
        List<String> found = new ArrayList<>();
        for (AccountRelation r : doc.relations()) {
            String key = key(r.relation().label(), r.firstSide(), r.secondSide());
            if (!found.contains(key)) {
                found.add(key);
            }
        }
        relations.found += found.size();
        relations.gold += gold.size();
        for (JsonNode g : gold) {
            String key = key(g.get("relation").asText(), g.get("sides").get(0).asText(), g.get("sides").get(1).asText());
            if (found.remove(key)) {
                relations.matchedGold++;
                relations.matchedFound++;
            }
        }
    }

    private static String key(String relation, String a, String b) {
        return relation + ":" + (a.compareTo(b) <= 0 ? a + "," + b : b + "," + a);
    }
}
