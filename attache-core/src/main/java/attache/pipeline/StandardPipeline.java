package attache.pipeline;

import attache.actors.ActorLexicons;
import attache.actors.ActorResolver;
import attache.actors.PhraseResolver;
import attache.claims.ClaimFinder;
import attache.claims.ClaimLexicons;
import attache.clean.BoilerplateStripper;
import attache.clean.LanguageCheck;
import attache.entities.EntityLinker;
import attache.events.EventCoder;
import attache.events.EventLexicons;
import attache.nlp.CoreNlpAnnotator;
import attache.nlp.CoreNlpEngine;
import attache.quotes.QuoteConfig;
import attache.quotes.QuoteExtractor;
import attache.time.TimeResolver;

import java.util.List;

/**
 * The pipeline every entry point runs (command line, server, Spark), so that they all give the same
 * documents for the same input.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline build(CoreNlpEngine engine, ActorLexicons lexicons) {
        return Pipeline.of(stages(engine, lexicons, QuoteConfig.DEFAULT));
    }

    public static Pipeline build(CoreNlpEngine engine, ActorLexicons lexicons, QuoteConfig quotes) {
        return Pipeline.of(stages(engine, lexicons, quotes));
    }

    /** The stages in order, for callers that wrap them (the benchmark times each one). */
    public static List<Stage> stages(CoreNlpEngine engine, ActorLexicons lexicons, QuoteConfig quotes) {
        return List.of(
                new BoilerplateStripper(),
                LanguageCheck.english(),
                new CoreNlpAnnotator(engine),
                new EntityLinker(),
                new QuoteExtractor(quotes),
                new TimeResolver(),
                new ActorResolver(new PhraseResolver(lexicons), lexicons.institutions()),
                new EventCoder(EventLexicons.bundled()),
                new ClaimFinder(ClaimLexicons.bundled()));
    }
}
