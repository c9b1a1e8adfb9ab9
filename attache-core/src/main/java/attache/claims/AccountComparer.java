package attache.claims;

import attache.model.AccountRelation.Relation;
import attache.model.Assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the accounts different sides give of one event. Each side's claims about it are
 * pooled: their assessments are weighed (more positive claims than negative ones make the side's
 * account positive) and their outcomes kept when they state one and the same. Two sides conflict
 * when their accounts judge the event opposite ways, or, failing a judgement on both sides, state
 * incompatible outcomes ("ended" against "continues"); they agree when they judge it the same way
 * (not neutrally) or state the same outcome. Used for one article's claims and for every stored
 * claim of one merged event alike.
 */
public final class AccountComparer {

    /**
     * One claim as the comparison sees it.
     *
     * @param claim      the caller's reference to the claim (its index, its row number)
     * @param side       the side it speaks for (country or organisation code)
     * @param assessment its judgement of the event
     * @param outcome    the outcome it states, if any
     */
    public record Account(int claim, String side, Assessment assessment, Optional<String> outcome) {
        public Account {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The relation between two sides' accounts, with the claims of each side, in the order first told. */
    public record Comparison(Relation relation, String firstSide, List<Integer> first, String secondSide,
                             List<Integer> second, String reason) {
    }

    private AccountComparer() {
    }

    /** The side an actor speaks for when accounts are compared: its organisation, else its country, else its name. */
    public static String sideOf(attache.model.Actor a) {
        if (a.organisation() != null) {
            return a.organisation();
        }
        return a.country() != null ? a.country() : a.name();
    }

    /** Every pair of sides whose accounts of one event conflict or agree, in the order the sides first spoke. */
    public static List<Comparison> compare(List<Account> accounts) {
        Map<String, List<Account>> bySide = new LinkedHashMap<>();
        for (Account a : accounts) {
            bySide.computeIfAbsent(a.side(), s -> new ArrayList<>()).add(a);
        }
        List<String> sides = new ArrayList<>(bySide.keySet());
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                String x = sides.get(i);
                String y = sides.get(j);
                List<Account> a = bySide.get(x);
                List<Account> b = bySide.get(y);
                relation(a, b).ifPresent(r -> out.add(new Comparison(r.relation, x, claims(a), y, claims(b), r.reason)));
            }
        }
        return out;
    }

    private record Found(Relation relation, String reason) {
    }

    private static Optional<Found> relation(List<Account> a, List<Account> b) {
        Assessment x = pooled(a);
        Assessment y = pooled(b);
        if (x.opposes(y)) {
            return Optional.of(new Found(Relation.CONFLICT, "assessment"));
        }
        Optional<String> ox = outcome(a);
        Optional<String> oy = outcome(b);
        if (ox.isPresent() && oy.isPresent() && !ox.equals(oy)) {
            return Optional.of(new Found(Relation.CONFLICT, "outcome"));
        }
        if (x == y && x != Assessment.NEUTRAL) {
            return Optional.of(new Found(Relation.AGREEMENT, "assessment"));
        }
        if (ox.isPresent() && ox.equals(oy)) {
            return Optional.of(new Found(Relation.AGREEMENT, "outcome"));
        }
        return Optional.empty();
    }

    static Assessment pooled(List<Account> accounts) {
        int score = 0;
        for (Account a : accounts) {
            score += a.assessment() == Assessment.POSITIVE ? 1 : a.assessment() == Assessment.NEGATIVE ? -1 : 0;
        }
        return score > 0 ? Assessment.POSITIVE : score < 0 ? Assessment.NEGATIVE : Assessment.NEUTRAL;
    }

    private static Optional<String> outcome(List<Account> accounts) {
        List<String> stated = accounts.stream().flatMap(a -> a.outcome().stream()).distinct().toList();
        return stated.size() == 1 ? Optional.of(stated.get(0)) : Optional.empty();
    }

    private static List<Integer> claims(List<Account> accounts) {
        return accounts.stream().map(Account::claim).toList();
    }
}
