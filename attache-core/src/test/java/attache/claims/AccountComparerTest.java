package attache.claims;

import attache.model.AccountRelation.Relation;
import attache.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountComparerTest {

    private static AccountComparer.Account account(int claim, String side, Assessment a, String outcome) {
        return new AccountComparer.Account(claim, side, a, Optional.ofNullable(outcome));
    }

    @Test
    void opposite_judgements_of_two_sides_conflict() {
        List<AccountComparer.Comparison> found = AccountComparer.compare(List.of(
                account(0, "PRK", Assessment.NEGATIVE, "ended"), account(1, "USA", Assessment.POSITIVE, null),
                account(2, "USA", Assessment.POSITIVE, null)));
        assertEquals(1, found.size());
        AccountComparer.Comparison c = found.get(0);
        assertEquals(Relation.CONFLICT, c.relation());
        assertEquals("assessment", c.reason());
        assertEquals("PRK", c.firstSide());
        assertEquals(List.of(0), c.first());
        assertEquals(List.of(1, 2), c.second());
    }

    @Test
    void incompatible_outcomes_conflict_when_judgements_do_not_decide() {
        List<AccountComparer.Comparison> found = AccountComparer.compare(List.of(
                account(0, "SRB", Assessment.NEUTRAL, "ended"), account(1, "XKX", Assessment.NEUTRAL, "continues")));
        assertEquals(Relation.CONFLICT, found.get(0).relation());
        assertEquals("outcome", found.get(0).reason());
    }

    @Test
    void same_judgement_is_agreement_and_neutral_accounts_are_neither() {
        assertEquals(Relation.AGREEMENT, AccountComparer.compare(List.of(account(0, "IND", Assessment.POSITIVE, null),
                account(1, "PAK", Assessment.POSITIVE, null))).get(0).relation());
        assertTrue(AccountComparer.compare(List.of(account(0, "IND", Assessment.NEUTRAL, null),
                account(1, "PAK", Assessment.NEUTRAL, null))).isEmpty());
    }

    @Test
    void one_side_alone_has_nothing_to_compare() {
        assertTrue(AccountComparer.compare(List.of(account(0, "USA", Assessment.POSITIVE, null),
                account(1, "USA", Assessment.NEGATIVE, null))).isEmpty());
    }

    @Test
    void a_side_is_weighed_as_a_whole() {
        // Two negative claims and one positive: the side's account is negative, against a positive one.
        List<AccountComparer.Comparison> found = AccountComparer.compare(List.of(
                account(0, "KOR", Assessment.NEGATIVE, null), account(1, "KOR", Assessment.NEGATIVE, null),
                account(2, "KOR", Assessment.POSITIVE, null), account(3, "JPN", Assessment.POSITIVE, null)));
        assertEquals(Relation.CONFLICT, found.get(0).relation());
        assertEquals(List.of(0, 1, 2), found.get(0).first());
    }
}
