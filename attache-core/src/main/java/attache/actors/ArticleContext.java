package attache.actors;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.EntityType;
import attache.model.Mention;
import attache.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the actor resolver knows so far in one article: what it resolved, in order, and the roles it learned. */
final class ArticleContext {
    final String text;
    final LocalDate date;
    final Set<String> countries;
    final List<ActorMention> resolved = new ArrayList<>();
    final Map<String, Actor> learned = new HashMap<>();
    final Map<String, TextSpan> firstByName = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** A resolved mention, whether it is a person, and whether it was a clause's subject. */
    private record Entry(ActorMention mention, boolean person, boolean subject) {
    }

    ArticleContext(String text, LocalDate date, Set<String> countries) {
        this.text = text;
        this.date = date;
        this.countries = countries;
    }

    void add(ActorMention mention, Mention entity, boolean subject) {
        resolved.add(mention);
        boolean person = entity != null ? entity.type() == EntityType.PERSON
                : mention.antecedent().map(this::isPersonAt).orElse(false);
        entries.add(new Entry(mention, person, subject));
        if (entity != null) {
            firstByName.putIfAbsent(entity.canonical(), entity.span());
        }
    }

    private boolean isPersonAt(TextSpan span) {
        return entries.stream().anyMatch(e -> e.person() && e.mention().span().equals(span));
    }

    Optional<TextSpan> antecedentOf(Mention m) {
        TextSpan first = firstByName.get(m.canonical());
        return first == null || first.equals(m.span()) ? Optional.empty() : Optional.of(first);
    }

    /**
     * What a personal pronoun refers to: the last person that was a subject within the three
     * sentences before it (narration keeps its subject: "Lee said … He added"), else the last
     * person at all.
     */
    Optional<ActorMention> lastPerson(int sentence) {
        Optional<ActorMention> anyPerson = Optional.empty();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.mention().sentence() < sentence - 3) {
                break;
            }
            if (e.person() && e.subject()) {
                return Optional.of(e.mention());
            }
            if (e.person() && anyPerson.isEmpty()) {
                anyPerson = Optional.of(e.mention());
            }
        }
        return anyPerson;
    }

    /** The last person with this sector, for "the envoy", "the minister". */
    Optional<ActorMention> lastPersonWithAgent(String agent, int sentence) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.mention().sentence() < sentence - 5) {
                break;
            }
            if (e.person() && agent.equals(e.mention().actor().agent())) {
                return Optional.of(e.mention());
            }
        }
        return Optional.empty();
    }

    /** The last state or body named in this sentence or the one before, not as a place, for "it". */
    Optional<ActorMention> lastBody(int sentence) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.mention().sentence() < sentence - 1) {
                break;
            }
            Actor a = e.mention().actor();
            if (!e.person() && a.country() != null && !a.source().endsWith("+place")) {
                return Optional.of(e.mention());
            }
        }
        return Optional.empty();
    }

    /** The last country-level actor named, for "the regime", "the government". */
    Optional<ActorMention> lastCountry(int sentence) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.mention().sentence() < sentence - 3) {
                break;
            }
            if (!e.person() && e.mention().actor().country() != null && e.mention().actor().organisation() == null) {
                return Optional.of(e.mention());
            }
        }
        return Optional.empty();
    }
}
