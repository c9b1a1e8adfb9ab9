package attache.claims;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Participant;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors of an article, looked up by the token or span that names them, as claimants and holders. */
final class Speakers {

    private final Map<Integer, List<ActorMention>> bySentence = new HashMap<>();

    Speakers(AnalyzedArticle doc) {
        for (ActorMention m : doc.actors()) {
            bySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m);
        }
    }

    /**
     * The actor named by the phrase headed by {@code head}: the narrowest mention that covers the
     * head token, else the first mention inside the phrase ("officials of the ministry").
     */
    Optional<Participant> at(Tree tree, int head) {
        List<ActorMention> mentions = bySentence.getOrDefault(tree.sentence().index(), List.of());
        TextSpan headSpan = tree.token(head).span();
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.span().contains(headSpan) && (best == null || m.span().length() < best.span().length())) {
                best = m;
            }
        }
        if (best == null) {
            TextSpan phrase = tree.span(head);
            best = mentions.stream().filter(m -> phrase.contains(m.span())).findFirst().orElse(null);
        }
        return Optional.ofNullable(best).map(m -> new Participant(m.actor(), m.span()).throughGovernment());
    }

    /** The actor of the mention that ends at token {@code last} ("…, Seoul's chief negotiator | said"). */
    Optional<Participant> endingAt(Tree tree, int last) {
        int end = tree.token(last).span().end();
        return bySentence.getOrDefault(tree.sentence().index(), List.of()).stream()
                .filter(m -> m.span().end() == end)
                .max((a, b) -> Integer.compare(a.span().length(), b.span().length()))
                .map(m -> new Participant(m.actor(), m.span()).throughGovernment());
    }

    /** The actor of the mention at exactly this span ("he" of "he said" for a quote's speaker). */
    Optional<Participant> exactly(int sentence, TextSpan span) {
        return bySentence.getOrDefault(sentence, List.of()).stream().filter(m -> m.span().equals(span)).findFirst()
                .map(m -> new Participant(m.actor(), m.span()).throughGovernment());
    }

    static String side(Actor a) {
        return AccountComparer.sideOf(a);
    }
}
