package attache.quotes;

import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entity a pronoun or a definite role noun ("the envoy") stands for, the way a reader
 * does in news prose: the most recent compatible entity before it, preferring one that was the
 * subject of its clause (in "Lee said he would meet Biegun. "…," he said." the second "he" is Lee,
 * not Biegun). Names inside quotation marks are skipped: they are what someone talked about, not
 * who is talking. Gender is not checked; "he" and "she" both find persons.
 */
final class PronounResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> COLLECTIVE = Set.of("they", "them", "it", "we");
    /** How many sentences back a subject is preferred over a nearer non-subject. */
    private static final int SUBJECT_WINDOW = 3;

    private final ParsedText parsed;
    private final List<TextSpan> quoted;

    /**
     * @param parsed the article
     * @param quoted the quotes of the article (quotation marks included), whose names are skipped
     */
    PronounResolver(ParsedText parsed, List<TextSpan> quoted) {
        this.parsed = parsed;
        this.quoted = List.copyOf(quoted);
    }

    /** The entity the pronoun at {@code span} stands for, if the pronoun is one this resolves. */
    Optional<Mention> resolve(String pronoun, TextSpan span) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(p)) {
            return recent(span.start(), Set.of(EntityType.PERSON));
        }
        if (COLLECTIVE.contains(p)) {
            return recent(span.start(), Set.of(EntityType.ORGANIZATION, EntityType.LOCATION));
        }
        return Optional.empty();
    }

    /** The person a role noun at {@code offset} most likely stands for. */
    Optional<Mention> recentPerson(int offset) {
        return recent(offset, Set.of(EntityType.PERSON));
    }

    private Optional<Mention> recent(int offset, Set<EntityType> types) {
        int here = parsed.sentenceIndexAt(offset);
        Mention nearest = null;
        List<Mention> entities = parsed.entities();
        for (int i = entities.size() - 1; i >= 0; i--) {
            Mention m = entities.get(i);
            if (m.span().end() > offset || !types.contains(m.type()) || insideQuote(m.span())) {
                continue;
            }
            if (nearest == null) {
                nearest = m;
            }
            if (here >= 0 && here - m.sentence() > SUBJECT_WINDOW) {
                break;
            }
            if (isSubject(m)) {
                return Optional.of(m);
            }
        }
        return Optional.ofNullable(nearest);
    }

    private boolean insideQuote(TextSpan span) {
        return quoted.stream().anyMatch(q -> q.contains(span));
    }

    /** Whether some token of the mention is the subject of a clause. */
    private boolean isSubject(Mention m) {
        if (m.sentence() < 0 || m.sentence() >= parsed.sentences().size()) {
            return false;
        }
        Sentence s = parsed.sentences().get(m.sentence());
        for (Token t : s.tokens()) {
            if (m.span().contains(t.span())) {
                boolean subject = s.headOf(t.index()).map(d -> d.relation().startsWith("nsubj")).orElse(false);
                if (subject) {
                    return true;
                }
            }
        }
        return false;
    }
}
