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
            List<Participant> split = conjoinedModifiers(walker, t);
            if (!split.isEmpty()) {
                split.stream().filter(p -> out.stream().noneMatch(o -> o.mention().equals(p.mention()))).forEach(out::add);
                continue;
            }
            one(walker, t).filter(p -> out.stream().noneMatch(o -> o.mention().equals(p.mention()))).ifPresent(out::add);
        }
        return out;
    }

    /**
     * "The Turkish and Greek sides", "Russian and Chinese officials": one noun with conjoined
     * country modifiers stands for one party per modifier, each with the noun's own sector.
     */
    private List<Participant> conjoinedModifiers(ParseWalker walker, int head) {
        for (int modifier : walker.sentence().childrenOf(head).stream()
                .filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
                .map(d -> d.dependent()).toList()) {
            List<Integer> conjuncts = walker.withConjuncts(modifier);
            if (conjuncts.size() < 2) {
                continue;
            }
            Optional<Participant> whole = mentionAt(walker, head);
            List<Participant> parties = new ArrayList<>();
            for (int c : conjuncts) {
                mentionAt(walker, c).filter(p -> p.actor().country() != null).ifPresent(p -> parties.add(
                        new Participant(withSectorOf(p.actor(), whole), p.mention())));
            }
            if (parties.size() == conjuncts.size()) {
                return parties;
            }
        }
        return List.of();
    }

    private static attache.model.Actor withSectorOf(attache.model.Actor country, Optional<Participant> whole) {
        String agent = whole.map(w -> w.actor().agent()).orElse(null);
        if (agent == null || country.agent() != null) {
            return country;
        }
        return new attache.model.Actor(country.name(), country.country(), country.organisation(), agent,
                whole.get().actor().secondary(), country.source() + "+" + whole.get().actor().source());
    }

    /** Relations under a word that is no actor itself through which the actor it stands for is named. */
    private static final List<String> STANDS_FOR = List.of("appos", "nmod:poss", "compound", "amod", "nmod");

    /**
     * The actor at a token: its own mention; else an apposition ("his counterpart, Stephen Biegun"),
     * a possessor ("Turkey's efforts"), a modifier ("a Security Council resolution", "German goods")
     * or an of-phrase
     * ("the president of Armenia") that names one; else, for "I" or "we", the quote's speaker.
     */
    private Optional<Participant> one(ParseWalker walker, int token) {
        Optional<Participant> own = mentionAt(walker, token);
        if (own.isPresent() && own.get().actor().country() == null && own.get().actor().organisation() == null) {
            // "Rebels in Chile": a sector without a country takes the country the phrase places it in.
            Participant group = own.get();
            return Optional.of(locatedIn(walker, token).map(place -> placed(group, place)).orElse(group));
        }
        if (own.isPresent() && own.get().actor().source().startsWith("nationals:")) {
            // "Albanians of southern Serbia", "Palestinians in Lebanon": a people named by
            // nationality but placed in a state is coded, as CAMEO codes minorities, with that state.
            Participant people = own.get();
            return Optional.of(locatedIn(walker, token, PEOPLE_PLACED_BY)
                    .filter(place -> place.actor().country() != null && !place.actor().country().equals("IGO")
                            && !place.actor().country().equals("NGO"))
                    .map(place -> placed(people, place)).orElse(people));
        }
        if (own.isPresent()) {
            return own;
        }
        for (String relation : STANDS_FOR) {
            for (int child : walker.children(token, relation)) {
                if (relation.equals("nmod") && !walker.hasCase(child, "of")) {
                    continue;
                }
                if (relation.equals("nmod:poss") && walker.token(child).pos().startsWith("PRP")
                        && named(walker, token)) {
                    // "its European Community partners": the name says who, not the pronoun.
                    continue;
                }
                Optional<Participant> named = mentionAt(walker, child);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        Optional<Participant> located = locatedIn(walker, token);
        if (located.isPresent()) {
            return located;
        }
        return speakerOf(walker.token(token));
    }

    /** Whether a compound or adjective under the noun names an actor ("its EU partners"). */
    private boolean named(ParseWalker walker, int noun) {
        return walker.children(noun, "compound").stream().anyMatch(c -> mentionAt(walker, c).isPresent())
                || walker.children(noun, "amod").stream().anyMatch(c -> mentionAt(walker, c).isPresent());
    }

    /** Prepositions by which a group no lexicon knows is placed in a country or drawn from one. */
    private static final List<String> PLACED_BY = List.of("in", "from", "throughout", "across", "inside");
    /** A people is also placed by "of" ("the Albanians of southern Serbia"). */
    private static final List<String> PEOPLE_PLACED_BY = List.of("in", "of", "from", "throughout", "across", "inside");

    /**
     * "Rebels in the Ivory Coast", "students throughout Indonesia", "doctors from two American aid
     * groups": a group no lexicon names is coded with the country it is placed in or comes from, as
     * CAMEO coders do, but not with that country's government: it keeps no sector, and a named
     * organisation it comes from is taken whole.
     */
    private Optional<Participant> locatedIn(ParseWalker walker, int token) {
        return locatedIn(walker, token, PLACED_BY);
    }

    private Optional<Participant> locatedIn(ParseWalker walker, int token, List<String> placedBy) {
        if (!walker.token(token).pos().startsWith("NN")) {
            return Optional.empty();
        }
        for (int child : walker.children(token, "nmod")) {
            if (placedBy.stream().noneMatch(m -> walker.hasCase(child, m))) {
                continue;
            }
            Optional<Participant> place = mentionAt(walker, child).or(() -> oneModifier(walker, child));
            if (place.isEmpty() || place.get().actor().country() == null) {
                continue;
            }
            attache.model.Actor a = place.get().actor();
            boolean country = a.organisation() == null && (a.source().startsWith("country:") || a.source().startsWith("reference:"));
            if (!country) {
                return place;
            }
            attache.model.TextSpan group = walker.token(token).span();
            attache.model.TextSpan where = place.get().mention();
            return Optional.of(new Participant(new attache.model.Actor(a.name(), a.country(), null, null, null,
                    "located:" + a.source()), new attache.model.TextSpan(Math.min(group.start(), where.start()),
                    Math.max(group.end(), where.end()))));
        }
        return Optional.empty();
    }

    private static Participant placed(Participant group, Participant place) {
        attache.model.Actor g = group.actor();
        attache.model.Actor where = place.actor();
        if (where.organisation() != null || where.agent() != null && !where.source().startsWith("located:")) {
            return group;
        }
        return new Participant(new attache.model.Actor(g.name(), where.country(), null, g.agent(), g.secondary(),
                g.source() + "+" + where.source()), place.mention());
    }

    /** The actor a noun's modifier names ("two American aid groups"). */
    private Optional<Participant> oneModifier(ParseWalker walker, int noun) {
        for (String relation : List.of("amod", "compound", "nmod:poss")) {
            for (int child : walker.children(noun, relation)) {
                Optional<Participant> named = mentionAt(walker, child);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
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
