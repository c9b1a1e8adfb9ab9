package attache.quotes;

import attache.model.Dependency;
import attache.model.Mention;
import attache.model.Quote;
import attache.model.TextSpan;
import attache.quotes.ParsedText.Word;

import java.util.Optional;
import java.util.Set;

/**
 * Names the speaker behind a speech verb: its subject (or, for "according to X", X), as the
 * entity's canonical name when the subject is a name, the entity a pronoun or a definite role noun
 * stands for, or else the noun phrase as written ("a campaign spokesman"). The speaker's mention is
 * always the words the attribution rests on, so a resolved "he" can be checked against the text.
 */
final class SpeakerNames {

    /** Relations through which a verb without a subject of its own shares its head's. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl");
    private static final int MAX_HOPS = 3;
    private static final Set<String> INVERTED = Set.of("obj", "xcomp", "dep", "nsubj:pass", "obl:npmod", "iobj");

    private final QuoteLexicon lexicon;

    SpeakerNames(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Quote.Speaker> speakerOf(Word verb, QuoteGroup quote, ParsedText parsed, PronounResolver resolver) {
        return subjectOf(verb, quote).flatMap(subject -> name(subject, parsed, resolver));
    }

    /**
     * The subject of the verb outside the quote, borrowed from the verb it is conjoined with when it
     * has none. The parser sometimes takes a quoted noun for the subject ({@code "My hope," he
     * said}) or an inverted subject for an object ({@code "…," said Hester}), so a subject inside
     * the quote is skipped and an object after the verb will do.
     */
    Optional<Word> subjectOf(Word verb, QuoteGroup quote) {
        Word current = verb;
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            Optional<Dependency> head = current.sentence().headOf(current.index());
            if ("accord".equals(current.lemma()) && head.isPresent() && head.get().governor() != Dependency.ROOT) {
                return Optional.of(current.at(head.get().governor())); // "according to X": X heads "according"
            }
            Optional<Word> own = ownSubject(current, quote);
            if (own.isPresent()) {
                return own;
            }
            // A participle ("…, saying, "…"") the parser leaves as dep shares its head's subject too.
            boolean participle = current.pos().equals("VBG") && head.isPresent() && head.get().relation().equals("dep");
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT
                    || !(SHARES_SUBJECT.contains(head.get().relation()) || participle)) {
                return Optional.empty();
            }
            current = current.at(head.get().governor());
        }
        return Optional.empty();
    }

    private static Optional<Word> ownSubject(Word verb, QuoteGroup quote) {
        Word object = null;
        for (Dependency d : verb.sentence().childrenOf(verb.index())) {
            Word child = verb.at(d.dependent());
            if (quote.quotes(child.span())) {
                continue;
            }
            if (d.relation().equals("nsubj")) {
                return Optional.of(child);
            }
            // The parser labels the subject of "…," said Hester as obj, xcomp or dep.
            boolean inverted = INVERTED.contains(d.relation()) && child.index() > verb.index()
                    && verb.span().start() > quote.outer().start() && child.pos().startsWith("NN");
            if (inverted && object == null) {
                object = child;
            }
        }
        return Optional.ofNullable(object);
    }

    private Optional<Quote.Speaker> name(Word subject, ParsedText parsed, PronounResolver resolver) {
        Optional<Mention> entity = parsed.entityAt(subject.span()).or(() -> appositiveName(subject, parsed));
        if (entity.isPresent()) {
            return Optional.of(new Quote.Speaker(entity.get().canonical(), entity.get().span()));
        }
        if (subject.pos().startsWith("PRP")) {
            return resolver.resolve(subject.token().text(), subject.span())
                    .map(m -> new Quote.Speaker(m.canonical(), subject.span()));
        }
        TextSpan phrase = NounPhrases.span(subject);
        String written = phrase.of(parsed.text());
        if (lexicon.isRoleNoun(subject.lemma()) && isDefinite(subject)) {
            Optional<Mention> person = resolver.recentPerson(phrase.start());
            if (person.isPresent()) {
                return Optional.of(new Quote.Speaker(person.get().canonical(), phrase));
            }
        }
        return Optional.of(new Quote.Speaker(written, phrase));
    }

    /** "The president's spokesman, Josh Earnest, said": the name in apposition to the subject. */
    private static Optional<Mention> appositiveName(Word subject, ParsedText parsed) {
        for (Dependency d : subject.sentence().childrenOf(subject.index())) {
            if (d.relation().equals("appos")) {
                Optional<Mention> m = parsed.entityAt(subject.at(d.dependent()).span());
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** "the envoy", bare "Envoy": a role that points back; "a spokesman" introduces someone new. */
    private static boolean isDefinite(Word noun) {
        for (Dependency d : noun.sentence().childrenOf(noun.index())) {
            if (d.relation().equals("det")) {
                String det = noun.at(d.dependent()).token().text().toLowerCase(java.util.Locale.ROOT);
                return det.equals("the") || det.equals("this") || det.equals("that");
            }
            if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                return false;
            }
        }
        return noun.pos().startsWith("NN") && !noun.pos().endsWith("S");
    }
}
