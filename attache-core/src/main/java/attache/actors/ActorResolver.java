package attache.actors;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Dependency;
import attache.model.EntityType;
import attache.model.Layer;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;
import attache.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the article's mentions to actors on its publication date, in reading order:
 * <ul>
 *   <li>names: a known person with the office held that day; else the title, apposition or
 *       possessive around the name ("North Korea's chief nuclear negotiator, Kim Myong-gil"), which
 *       is then learned for every later mention of that person; organisations and countries
 *       through the lexicons; a capital or seat of power as the government unless it stands as a
 *       place ("arrived in Washington");</li>
 *   <li>context-bound references ("the North") through the countries the article names;</li>
 *   <li>role phrases ("South Korea's envoy", "the troops"); a definite role with no country ("the
 *       envoy") refers back to the last person resolved with that sector;</li>
 *   <li>personal pronouns to the last person resolved, with the link kept as antecedent.</li>
 * </ul>
 */
public final class ActorResolver implements Stage {

    private final PhraseResolver resolver;
    private final Set<String> institutions;

    /**
     * @param resolver     resolves phrases through the lexicons
     * @param institutions nouns for a country's institutions ("regime", "government"), which refer
     *                     back to the last country named rather than to a person
     */
    public ActorResolver(PhraseResolver resolver, Set<String> institutions) {
        this.resolver = resolver;
        this.institutions = Set.copyOf(institutions);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        ArticleContext context = new ArticleContext(in.text(), in.article().published(), countriesNamed(in));
        for (Sentence sentence : in.sentences()) {
            List<Mention> names = in.entities().stream().filter(m -> m.sentence() == sentence.index()).toList();
            for (Token token : sentence.tokens()) {
                names.stream().filter(m -> m.span().start() == token.span().start()).findFirst()
                        .ifPresentOrElse(m -> resolveName(sentence, m, context),
                                () -> resolveOther(sentence, token, names, context));
            }
        }
        return in.withActors(context.resolved);
    }

    /** The countries the article names outright, which decide what "the North" means. */
    private Set<String> countriesNamed(AnalyzedArticle in) {
        Set<String> codes = new TreeSet<>();
        for (Mention m : in.entities()) {
            // A region or city ("Darfur") names where, not a party the article is about.
            resolver.lexicons().countries().find(m.text()).filter(c -> c.via() != attache.lexicon.CountryMatch.Via.PLACE)
                    .ifPresent(c -> codes.add(c.country().code()));
        }
        return codes;
    }

    private void resolveName(Sentence sentence, Mention m, ArticleContext context) {
        int head = sentence.headTokenOf(m.span());
        Optional<Actor> actor = m.type() == EntityType.PERSON ? person(sentence, m, head, context)
                : place(sentence, m, head, context);
        actor.ifPresent(a -> context.add(new ActorMention(m.span(), m.text(), sentence.index(), head, a,
                context.antecedentOf(m)), m, isSubject(sentence, head)));
    }

    private Optional<Actor> person(Sentence sentence, Mention m, int head, ArticleContext context) {
        var people = resolver.lexicons().people();
        Optional<Actor> known = people.find(m.canonical())
                .or(() -> m.canonical().contains(" ") ? Optional.empty() : people.findBySurname(m.canonical(), context.date))
                .map(p -> attache.lexicon.PeopleLexicon.actorOn(p, context.date));
        if (known.isPresent()) {
            return known;
        }
        if (context.learned.containsKey(m.canonical())) {
            return Optional.of(context.learned.get(m.canonical()));
        }
        if (!m.canonical().contains(" ")) {
            // "President Obama" in a story dated when he held no office: the title and the family
            // name together still say who, and the office's country says for whom he acts.
            String phrase = String.join(" ", NounPhrases.words(sentence, NounPhrases.extent(sentence, head)));
            Optional<Actor> titledKnown = people.findBySurnameAndTitle(m.canonical(), phrase).map(e -> {
                attache.actors.Office o = e.getValue();
                boolean international = o.country().equals("IGO") || o.country().equals("NGO");
                return international
                        ? new Actor(e.getKey().name(), o.country(), o.agent(), o.secondary(), null, "people:" + e.getKey().name() + "+title")
                        : new Actor(e.getKey().name(), o.country(), null, o.agent(), o.secondary(), "people:" + e.getKey().name() + "+title");
            });
            if (titledKnown.isPresent()) {
                return titledKnown;
            }
        }
        Optional<Actor> described = titled(sentence, head, context).or(() -> apposed(sentence, head, context));
        described.ifPresent(a -> context.learned.put(m.canonical(), renamed(a, m.canonical())));
        return described.map(a -> renamed(a, m.canonical()));
    }

    /** "U.S. President Donald Trump", "North Korean leader Kim": the words in the name's own phrase. */
    private Optional<Actor> titled(Sentence sentence, int head, ArticleContext context) {
        int[] range = NounPhrases.extent(sentence, head);
        return resolver.resolve(NounPhrases.words(sentence, range), context.date, Set.of()).actor()
                .filter(a -> a.country() != null || a.agent() != null);
    }

    /** "Kim Myong-gil, North Korea's chief negotiator" and "North Korea's chief negotiator, Kim Myong-gil". */
    private Optional<Actor> apposed(Sentence sentence, int head, ArticleContext context) {
        List<Integer> partners = new ArrayList<>();
        sentence.childrenOf(head).stream().filter(d -> d.relation().equals("appos")).forEach(d -> partners.add(d.dependent()));
        sentence.headOf(head).filter(d -> d.relation().equals("appos") && d.governor() >= 0)
                .ifPresent(d -> partners.add(d.governor()));
        for (int partner : partners) {
            int[] range = NounPhrases.extent(sentence, partner);
            Optional<Actor> role = resolver.resolve(NounPhrases.words(sentence, range), context.date, Set.of()).actor()
                    .filter(a -> a.agent() != null);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> place(Sentence sentence, Mention m, int head, ArticleContext context) {
        Optional<String> referred = resolver.lexicons().references().resolve("the " + m.text(), context.countries)
                .or(() -> resolver.lexicons().references().resolve(m.text(), context.countries));
        if (referred.isPresent()) {
            var country = resolver.lexicons().countries().byCode(referred.get());
            String name = country.map(c -> c.name()).orElse(m.text());
            return Optional.of(new Actor(name, referred.get(), null, null, null, "reference:" + m.text()));
        }
        Optional<Actor> actor = resolver.resolve(attache.actors.PhraseTokens.split(m.text()), context.date, Set.of()).actor()
                .filter(a -> a.country() != null || a.organisation() != null);
        if (actor.isPresent() && NounPhrases.locative(sentence, head) && "GOV".equals(actor.get().agent())
                && actor.get().source().startsWith("country:")) {
            Actor a = actor.get();
            return Optional.of(new Actor(a.name(), a.country(), null, null, null, a.source() + "+place"));
        }
        if (actor.isPresent() && actor.get().source().equals("country:adjective")
                && sentence.tokens().get(head).pos().matches("NNP?S")) {
            // "Algerians", "Iraqi Kurds", "Bosnian Serbs": a people named by nationality is the
            // country's people, as CAMEO codes them (the country alone), not its state acting
            // through its government.
            Actor a = actor.get();
            return Optional.of(new Actor(m.text(), a.country(), null, null, null, "nationals:adjective"));
        }
        return actor;
    }

    private void resolveOther(Sentence sentence, Token token, List<Mention> names, ArticleContext context) {
        boolean insideName = names.stream().anyMatch(m -> m.span().overlaps(token.span()));
        if (insideName) {
            return;
        }
        if (Pronouns.isPersonal(token)) {
            context.lastPerson(sentence.index()).ifPresent(antecedent -> context.add(new ActorMention(token.span(),
                    token.text(), sentence.index(), token.index(), antecedent.actor(), Optional.of(antecedent.span())), null,
                    isSubject(sentence, token.index())));
            return;
        }
        if (Pronouns.isNeuter(token)) {
            context.lastBody(sentence.index()).ifPresent(antecedent -> context.add(new ActorMention(token.span(),
                    token.text(), sentence.index(), token.index(), antecedent.actor(), Optional.of(antecedent.span())), null,
                    isSubject(sentence, token.index())));
            return;
        }
        if (token.pos().startsWith("NNP")) {
            unrecognisedCountry(sentence, token, context);
            return;
        }
        if (!token.pos().startsWith("NN") || !isPhraseHead(sentence, token.index())) {
            return;
        }
        int[] range = NounPhrases.extent(sentence, token.index());
        TextSpan span = NounPhrases.span(sentence, range);
        List<String> words = NounPhrases.words(sentence, range);
        resolver.resolve(words, context.date, Set.of()).actor().filter(a -> a.agent() != null)
                .filter(a -> !fromRole(a) || !adjectivalRole(sentence, range, words))
                .map(a -> a.country() == null ? withCountryOf(sentence, token.index(), a) : a).ifPresent(a -> {
            Optional<ActorMention> antecedent = Optional.empty();
            if (a.country() == null && definite(sentence, token.index())) {
                antecedent = institutions.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))
                        ? context.lastCountry(sentence.index())
                        : context.lastPersonWithAgent(a.agent(), sentence.index());
            }
            Actor actor = antecedent.map(ante -> institutional(ante.actor(), a)).orElse(a);
            context.add(new ActorMention(span, span.of(context.text), sentence.index(), token.index(), actor,
                    antecedent.map(ActorMention::span)), null, isSubject(sentence, token.index()));
        });
    }

    /**
     * "envoys from Colombia", "the president of Armenia": a role with no country of its own takes
     * the country its of- or from-phrase names.
     */
    private Actor withCountryOf(Sentence sentence, int head, Actor role) {
        for (Dependency d : sentence.childrenOf(head)) {
            if (!d.relation().equals("nmod") || !(NounPhrases.hasCase(sentence, d.dependent(), "of")
                    || NounPhrases.hasCase(sentence, d.dependent(), "from"))) {
                continue;
            }
            var place = resolver.lexicons().countries().find(sentence.tokens().get(d.dependent()).text());
            if (place.isPresent()) {
                return new Actor(role.name(), place.get().country().code(), null, role.agent(), role.secondary(),
                        role.source() + "+country:" + place.get().via().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return role;
    }

    /**
     * "Czechia and Albania upgraded their ties": a country's name the entity tagger missed is
     * still a country. Only a whole run of proper nouns that the countries lexicon names by name
     * counts, so that "Korea" inside an untagged "North Korea Times" or "Jordan" in a person's
     * name does not.
     */
    private void unrecognisedCountry(Sentence sentence, Token token, ArticleContext context) {
        List<Token> tokens = sentence.tokens();
        int i = token.index();
        if (i > 0 && tokens.get(i - 1).pos().startsWith("NNP")) {
            return;
        }
        int end = i;
        while (end + 1 < tokens.size() && tokens.get(end + 1).pos().startsWith("NNP")) {
            end++;
        }
        List<String> words = tokens.subList(i, end + 1).stream().map(Token::text).toList();
        var match = resolver.lexicons().countries().longestAt(words, 0);
        if (match.isEmpty() || match.get().tokens() != words.size()
                || match.get().via() != attache.lexicon.CountryMatch.Via.NAME) {
            return;
        }
        TextSpan span = new TextSpan(token.span().start(), tokens.get(end).span().end());
        var country = match.get().country();
        Actor actor = new Actor(country.name(), country.code(), null, null, null, "country:name+untagged");
        context.add(new ActorMention(span, span.of(context.text), sentence.index(), end, actor, Optional.empty()), null,
                isSubject(sentence, end));
    }

    /**
     * Whether the sector came from a role word rather than from a named organisation or person.
     */
    private static boolean fromRole(Actor a) {
        return a.source().startsWith("role:") || a.source().contains("+role:");
    }

    /**
     * Whether the role word the sector came from is only an adjective in the phrase: "official
     * contact", "a military aid programme", "military policies" are a contact, a programme and
     * policies, not officials or soldiers; "army bulldozers", "a government offensive" and
     * "Palestinian leaders" keep their sector.
     */
    private boolean adjectivalRole(Sentence sentence, int[] range, List<String> words) {
        var match = resolver.lexicons().roles().find(String.join(" ", words));
        if (match.isEmpty()) {
            return false;
        }
        // a set of the matched words, which may repeat ("Minister of Trade and Industry and Energy")
        Set<String> matched = java.util.Arrays.stream(match.get().matched().toLowerCase(java.util.Locale.ROOT)
                .split("\\s+")).collect(java.util.stream.Collectors.toSet());
        boolean any = false;
        for (int i = range[0]; i <= range[1]; i++) {
            Token t = sentence.tokens().get(i);
            if (matched.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                if (!t.pos().startsWith("JJ")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A country's institution takes the country and keeps its own sector ("the regime" of PRK: PRK GOV). */
    private static Actor institutional(Actor antecedent, Actor role) {
        if (antecedent.agent() != null && role.agent().equals(antecedent.agent())) {
            return antecedent;
        }
        return new Actor(antecedent.name(), antecedent.country(), antecedent.organisation(), role.agent(),
                role.secondary(), role.source() + "+" + antecedent.source());
    }

    private static boolean isSubject(Sentence sentence, int token) {
        return NounPhrases.relation(sentence, token).startsWith("nsubj");
    }

    private static boolean isPhraseHead(Sentence sentence, int token) {
        String rel = NounPhrases.relation(sentence, token);
        return !rel.startsWith("compound") && !rel.equals("amod") && !rel.startsWith("flat");
    }

    private static boolean definite(Sentence sentence, int token) {
        for (Dependency d : sentence.childrenOf(token)) {
            if (d.relation().equals("det") && sentence.tokens().get(d.dependent()).lemma().equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    private static Actor renamed(Actor a, String name) {
        return new Actor(name, a.country(), a.organisation(), a.agent(), a.secondary(), a.source());
    }
}
