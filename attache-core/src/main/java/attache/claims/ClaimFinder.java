package attache.claims;

import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Claim;
import attache.model.Layer;
import attache.model.Participant;
import attache.model.Position;
import attache.model.Quote;
import attache.model.Sentences;
import attache.model.TextSpan;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads who claims what: every attributed statement becomes a {@link Claim} — from stating verbs,
 * descriptions, stating nouns and "according to" ({@link StatementReader}), and from direct quotes
 * whose speaker is an actor — judged ({@link AssessmentReader}), dated ({@link ClaimDater}) and tied
 * to the events it is about ({@link EventLinker}); actors' standing positions
 * ({@link PositionReader}); and, for each event, whether the accounts of different sides conflict or
 * agree ({@link AccountComparer}). Runs after the event coder and reads its events; it codes none.
 */
public final class ClaimFinder implements Stage {

    /** A quote that covers this much of a stated clause makes the claim a quote. */
    private static final double QUOTED_SHARE = 0.8;

    private final ClaimLexicons lexicons;
    private final AssessmentReader assessor;

    public ClaimFinder(ClaimLexicons lexicons) {
        this.lexicons = lexicons;
        this.assessor = new AssessmentReader(lexicons);
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.QUOTES, Layer.ACTORS, Layer.TIMES, Layer.EVENTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        Speakers speakers = new Speakers(in);
        StatementReader statements = new StatementReader(lexicons, speakers);
        ClaimDater dater = new ClaimDater(in);
        PositionReader positionReader = new PositionReader(lexicons, speakers, dater);
        List<Tree> trees = in.sentences().stream().map(Tree::new).toList();
        List<Statement> found = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (Tree tree : trees) {
            found.addAll(statements.read(tree));
            positions.addAll(positionReader.read(tree));
        }
        found = withQuotes(in, speakers, withoutNested(found));
        List<Claim> claims = new ArrayList<>();
        for (Statement s : found) {
            Tree tree = trees.get(s.sentence());
            List<Claim.AssessmentCue> cues = assessor.cues(trees, s.content(), tree, s.cueToken());
            claims.add(new Claim(s.claimant(), s.kind(), s.cue(), s.content(), s.sentence(),
                    s.cueToken().isPresent() ? dater.date(tree, s.cueToken(), s.content()) : dater.published(),
                    List.of(), AssessmentReader.balance(cues), cues, AssessmentReader.outcome(cues)));
        }
        EventLinker linker = new EventLinker(in, lexicons);
        claims = linker.link(claims);
        return in.withClaims(claims, positions, relations(in, claims, linker));
    }

    /**
     * Drops a statement told inside another of the same side ("Washington said [it welcomed the
     * deal]"): it is one claim, and the outer one's content already holds the inner verb's judgement.
     * An evaluative verb inside anyone's claim ("Egypt said [Addis Ababa had rejected every
     * compromise]") is an act the claimant reports, not a statement of its subject's: dropped too.
     * A reporting verb inside another side's claim ("Seoul said [the North claimed …]") stays.
     */
    private static List<Statement> withoutNested(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            boolean nested = statements.stream().anyMatch(o -> o != s && o.content().contains(s.content())
                    && o.content().contains(s.cue()) && !o.content().equals(s.content())
                    && (!s.reporting() || Speakers.side(o.claimant().actor()).equals(Speakers.side(s.claimant().actor()))));
            if (!nested) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Folds direct quotes into the statements: a quote that overlaps what a stating verb states widens
     * it (a quote can run on past the sentence of its verb) and, when it covers most of it, makes it a
     * quote; a quote no verb states becomes a claim of its own when its speaker is an actor.
     */
    private static List<Statement> withQuotes(AnalyzedArticle in, Speakers speakers, List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements);
        for (Quote q : in.quotes()) {
            if (q.speaker().isEmpty()) {
                continue;
            }
            boolean folded = false;
            for (int i = 0; i < out.size(); i++) {
                Statement s = out.get(i);
                if (s.content().overlaps(q.span())) {
                    TextSpan union = new TextSpan(Math.min(s.content().start(), q.span().start()),
                            Math.max(s.content().end(), q.span().end()));
                    int overlap = Math.min(s.content().end(), q.span().end()) - Math.max(s.content().start(), q.span().start());
                    boolean quoted = overlap >= QUOTED_SHARE * s.content().length();
                    out.set(i, s.withContent(union, quoted && s.kind() == Claim.Kind.REPORTED ? Claim.Kind.QUOTE : s.kind()));
                    folded = true;
                }
            }
            if (!folded) {
                TextSpan mention = q.speaker().get().mention();
                int sentence = Sentences.holding(in.sentences(), mention).orElse(-1);
                int quoteSentence = Sentences.holding(in.sentences(), q.span()).orElse(-1);
                Optional<Participant> speaker = sentence < 0 ? Optional.empty() : speakers.exactly(sentence, mention);
                if (speaker.isPresent() && quoteSentence >= 0) {
                    out.add(new Statement(speaker.get(), Claim.Kind.QUOTE, mention, OptionalInt.empty(), q.span(),
                            quoteSentence, true));
                }
            }
        }
        out.sort(Comparator.comparing(Statement::content).thenComparing(Statement::cue));
        return out;
    }


    /**
     * For each event, the sides whose claims about it conflict or agree; the same pairing found for
     * two events is kept once. Then the claims tied to no event, grouped by the kind of episode they
     * speak of ("the talks were constructive" and "the round produced no progress" both speak of
     * talks the coder did not code): such a relation has no event, and names the episode instead.
     */
    private static List<AccountRelation> relations(AnalyzedArticle in, List<Claim> claims, EventLinker linker) {
        List<AccountRelation> out = new ArrayList<>();
        for (int e = 0; e < in.events().size(); e++) {
            List<Integer> about = new ArrayList<>();
            for (int c = 0; c < claims.size(); c++) {
                if (claims.get(c).events().contains(e)) {
                    about.add(c);
                }
            }
            compare(claims, about, OptionalInt.of(e), Optional.empty(), out);
        }
        java.util.Map<String, List<Integer>> byEpisode = new java.util.TreeMap<>();
        for (int c = 0; c < claims.size(); c++) {
            int index = c;
            if (claims.get(c).events().isEmpty()) {
                linker.episodeOf(claims.get(c)).ifPresent(k -> byEpisode.computeIfAbsent(k, x -> new ArrayList<>()).add(index));
            }
        }
        byEpisode.forEach((episode, about) -> compare(claims, about, OptionalInt.empty(), Optional.of(episode), out));
        return out;
    }

    private static void compare(List<Claim> claims, List<Integer> about, OptionalInt event, Optional<String> episode,
                                List<AccountRelation> out) {
        List<AccountComparer.Account> accounts = new ArrayList<>();
        for (int c : about) {
            Claim claim = claims.get(c);
            accounts.add(new AccountComparer.Account(c, Speakers.side(claim.claimant().actor()), claim.assessment(),
                    claim.outcome()));
        }
        for (AccountComparer.Comparison cmp : AccountComparer.compare(accounts)) {
            boolean seen = out.stream().anyMatch(r -> r.relation() == cmp.relation() && r.first().equals(cmp.first())
                    && r.second().equals(cmp.second()));
            if (!seen) {
                out.add(new AccountRelation(cmp.relation(), event, episode, cmp.firstSide(), cmp.first(),
                        cmp.secondSide(), cmp.second(), cmp.reason()));
            }
        }
    }
}
