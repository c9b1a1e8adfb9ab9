package attache.events;

import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Place;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places an event where its clause says: a place name after "in", "at", "near" or "across" on the predicate
 * or on the clause it depends on ("resumed negotiations in Stockholm", "arrived in Washington to
 * hold talks"), with the country the actor lexicons give it.
 */
final class EventPlacer {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout",
            "into");

    /** Subordinators of a clause told as happening with the predicate's act, at its place. */
    private static final Set<String> SIMULTANEOUS = Set.of("when", "as", "while");

    private final AnalyzedArticle doc;

    EventPlacer(AnalyzedArticle doc) {
        this.doc = doc;
    }

    Optional<Place> place(ParseWalker walker, int predicate) {
        int token = predicate;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Place> here = direct(walker, token);
            if (here.isEmpty() && depth == 0) {
                here = simultaneous(walker, token);
            }
            if (here.isPresent()) {
                return here;
            }
            var head = walker.head(token);
            if (head.isEmpty() || !List.of("xcomp", "advcl", "conj", "acl").contains(head.get().relation())) {
                break;
            }
            token = head.get().governor();
        }
        return Optional.empty();
    }

    /**
     * "Bombers killed 23 people when they blew themselves up in the city": a when-, as- or
     * while-clause tells the same moment, so its place is the act's.
     */
    private Optional<Place> simultaneous(ParseWalker walker, int predicate) {
        for (int clause : walker.children(predicate, "advcl")) {
            boolean same = walker.children(clause, "mark").stream().anyMatch(m -> SIMULTANEOUS.contains(walker.lemma(m)))
                    || walker.children(clause, "advmod").stream().anyMatch(m -> walker.lemma(m).equals("when"));
            if (same) {
                Optional<Place> here = direct(walker, clause);
                if (here.isPresent()) {
                    return here;
                }
            }
        }
        return Optional.empty();
    }

    /** Clausal relations a search for the event's place does not enter: they have places of their own. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl:relcl", "parataxis", "conj",
            "csubj", "dep");

    /** A locative place in the predicate's phrase, nearest the predicate first, not inside nested clauses. */
    private Optional<Place> direct(ParseWalker walker, int predicate) {
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(predicate));
        while (!queue.isEmpty()) {
            int token = queue.removeFirst();
            Optional<Place> here = directChild(walker, token);
            if (here.isPresent()) {
                return here;
            }
            for (var d : walker.sentence().childrenOf(token)) {
                if (!CLAUSES.contains(d.relation())) {
                    queue.addLast(d.dependent());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Place> directChild(ParseWalker walker, int predicate) {
        for (var d : walker.sentence().childrenOf(predicate)) {
            if (!(d.relation().startsWith("obl") || d.relation().startsWith("nmod"))) {
                continue;
            }
            boolean locative = LOCATIVE.stream().anyMatch(p -> walker.hasCase(d.dependent(), p));
            if (locative) {
                Optional<Place> place = placeAt(walker, d.dependent());
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place a locative phrase names: the location itself, or what a place noun names ("in the
     * village of Ashfield", "in Ashfield district"); a place whose own country the lexicons do not
     * know takes the one the phrase locates it in ("in Ashfield district in Chile", "in Ashfield,
     * Chile").
     */
    private Optional<Place> placeAt(ParseWalker walker, int token) {
        Optional<Place> place = named(walker, token);
        int at = token;
        if (place.isEmpty()) {
            List<Integer> names = new java.util.ArrayList<>(walker.children(token, "compound"));
            walker.children(token, "nmod").stream().filter(of -> walker.hasCase(of, "of")).forEach(names::add);
            for (int name : names) {
                place = named(walker, name);
                if (place.isPresent()) {
                    at = name;
                    break;
                }
            }
        }
        if (place.isEmpty() || place.get().country() != null) {
            return place;
        }
        Place p = place.get();
        // the parser hangs a second in-phrase on the noun or on what the first one hangs on: "a
        // base in Ashfield district in Yemen" may give Yemen to "base"
        int governor = walker.head(token).map(d -> d.governor()).orElse(token);
        return Optional.of(new Place(p.name(), countryAround(walker, at, token, governor).orElse(null), p.span()));
    }

    /**
     * The country of a location the place is put in: an in-phrase or apposition on the name, on
     * the place noun, or on what the place phrase hangs on.
     */
    private Optional<String> countryAround(ParseWalker walker, int... tokens) {
        for (int token : tokens) {
            if (token < 0) {
                continue;
            }
            for (var d : walker.sentence().childrenOf(token)) {
                boolean locates = d.relation().equals("appos") || d.relation().equals("nmod:in")
                        || (d.relation().equals("nmod") && walker.hasCase(d.dependent(), "in"));
                if (locates) {
                    Optional<String> country = named(walker, d.dependent()).map(Place::country);
                    if (country.isPresent()) {
                        return country;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Place> named(ParseWalker walker, int token) {
        var span = walker.token(token).span();
        for (Mention m : doc.entities()) {
            if (m.type() == EntityType.LOCATION && m.span().contains(span)) {
                String country = doc.actors().stream().filter(a -> a.span().equals(m.span())).findFirst()
                        .map(ActorMention::actor).map(a -> a.country()).orElse(null);
                return Optional.of(new Place(m.canonical(), country, m.span()));
            }
        }
        return Optional.empty();
    }
}
