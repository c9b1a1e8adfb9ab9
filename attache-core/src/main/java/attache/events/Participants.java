package attache.events;

import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Participant;
import attache.model.Quote;
import attache.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds the actors standing at a token: its own mention, its conjuncts, an apposition, or a quote's speaker. */
final class Participants {

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    private final AnalyzedArticle doc;

    Participants(AnalyzedArticle doc) {
        this.doc = doc;
    }

    /** The actors at a token and at each of its conjuncts, in order, without repeats of one mention. */
    List<Participant> at(ParseWalker walker, int token) {
        List<Participant> out = new ArrayList<>();
        for (int t : walker.withConjuncts(token)) {
            one(walker, t).filter(p -> out.stream().noneMatch(o -> o.mention().equals(p.mention()))).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Participant> one(ParseWalker walker, int token) {
        Optional<Participant> own = mentionAt(walker, token);
        if (own.isPresent()) {
            return own;
        }
        for (int appos : walker.children(token, "appos")) {
            Optional<Participant> apposed = mentionAt(walker, appos);
            if (apposed.isPresent()) {
                return apposed;
            }
        }
        return speakerOf(walker.token(token));
    }

    private Optional<Participant> mentionAt(ParseWalker walker, int token) {
        int sentence = walker.sentence().index();
        Token t = walker.token(token);
        ActorMention best = null;
        for (ActorMention m : doc.actors()) {
            if (m.sentence() != sentence) {
                continue;
            }
            if (m.head() == token) {
                return Optional.of(participant(m));
            }
            if (m.span().contains(t.span()) && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Participants::participant);
    }

    /** "I" and "we" inside a quote are its speaker. */
    private Optional<Participant> speakerOf(Token token) {
        if (!FIRST_PERSON.contains(token.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (Quote q : doc.quotes()) {
            if (q.span().contains(token.span()) && q.speaker().isPresent()) {
                Quote.Speaker speaker = q.speaker().get();
                return doc.actors().stream()
                        .filter(m -> m.span().equals(speaker.mention()) || m.actor().name().equals(speaker.name()))
                        .findFirst().map(m -> new Participant(m.actor(), token.span()));
            }
        }
        return Optional.empty();
    }

    private static Participant participant(ActorMention m) {
        return new Participant(m.actor(), m.span());
    }
}
