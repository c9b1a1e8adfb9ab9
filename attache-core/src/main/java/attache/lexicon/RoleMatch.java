package attache.lexicon;

import attache.actors.Role;

import java.util.Objects;

/**
 * The role a noun phrase names, and why.
 *
 * @param role    the role: its noun (with the deciding modifier, "opposition lawmaker"), sector and secondary
 * @param matched the words of the phrase that decided, as written ("opposition lawmakers")
 * @param rule    the lexicon rows that decided, "file:line", a modifier's row after a "+"
 */
public record RoleMatch(Role role, String matched, String rule) {

    public RoleMatch {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(rule, "rule");
    }
}
