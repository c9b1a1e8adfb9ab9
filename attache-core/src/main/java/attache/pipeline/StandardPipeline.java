package attache.pipeline;

import attache.clean.BoilerplateStripper;
import attache.clean.LanguageCheck;
import attache.entities.EntityLinker;
import attache.nlp.CoreNlpAnnotator;
import attache.nlp.CoreNlpEngine;
import attache.quotes.QuoteExtractor;

import java.util.List;

/**
 * The pipeline every entry point runs (command line, server, Spark), so that they all give the same
 * documents for the same input.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline build(CoreNlpEngine engine) {
        return Pipeline.of(List.of(
                new BoilerplateStripper(),
                LanguageCheck.english(),
                new CoreNlpAnnotator(engine),
                new EntityLinker(),
                new QuoteExtractor()));
    }
}
