package attache.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PetrarchAgentReader} read: the agents as a role lexicon, and the lines it skipped.
 *
 * @param roles   the agents; merge them into {@link RoleLexicon#bundled()} to keep its plurals and modifiers
 * @param skipped one message per skipped line, "file:line: reason: text"
 */
public record PetrarchAgents(RoleLexicon roles, List<String> skipped) {

    public PetrarchAgents {
        Objects.requireNonNull(roles, "roles");
        skipped = List.copyOf(skipped);
    }

    /** These agents, or an exception listing the skipped lines. */
    public PetrarchAgents requireClean() {
        if (!skipped.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", skipped));
        }
        return this;
    }
}
