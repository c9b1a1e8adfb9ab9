package attache.spark;

import attache.actors.ActorLexicons;
import attache.nlp.CoreNlpEngine;
import attache.pipeline.Pipeline;
import attache.pipeline.StandardPipeline;
import attache.quotes.QuoteConfig;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one CoreNLP engine of an executor JVM, loaded when its first task needs it and shared by every
 * task the executor runs at once (they are threads of one JVM; the engine is thread-safe, as
 * {@code process --threads} relies on). Loading takes tens of seconds and about 2.5 GB, so it must
 * happen once per JVM, never per task or per partition.
 */
public final class PipelineHolder {

    private static Supplier<CoreNlpEngine> loader = CoreNlpEngine::load;
    private static CoreNlpEngine engine;
    private static ActorLexicons lexicons;
    private static final Map<QuoteMode, Pipeline> PIPELINES = new EnumMap<>(QuoteMode.class);

    private PipelineHolder() {
    }

    /** The standard pipeline for a quote mode, built on this JVM's engine on first use. */
    public static synchronized Pipeline pipeline(QuoteMode quotes) {
        return PIPELINES.computeIfAbsent(quotes, q -> StandardPipeline.build(engine(), lexicons(), q.config()));
    }

    /**
     * Hands the holder an engine already loaded in this JVM, so that a test which also runs the
     * pipeline itself, with Spark in local mode in the same JVM, loads CoreNLP once. Has no effect
     * once an engine is in use.
     */
    public static synchronized void useEngine(Supplier<CoreNlpEngine> supplier) {
        if (engine == null) {
            loader = supplier;
        }
    }

    private static CoreNlpEngine engine() {
        if (engine == null) {
            engine = loader.get();
        }
        return engine;
    }

    private static ActorLexicons lexicons() {
        if (lexicons == null) {
            lexicons = ActorLexicons.bundled();
        }
        return lexicons;
    }

    /** Which quotes a run reports, as {@code process --quotes}. */
    public enum QuoteMode {
        ALL, DIRECT;

        QuoteConfig config() {
            return this == DIRECT ? QuoteConfig.directOnly() : QuoteConfig.DEFAULT;
        }
    }
}
