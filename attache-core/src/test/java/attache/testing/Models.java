package attache.testing;

import attache.actors.ActorLexicons;
import attache.nlp.CoreNlpEngine;
import attache.pipeline.Pipeline;
import attache.pipeline.StandardPipeline;

/** The CoreNLP engine, loaded once per test JVM and shared by every integration test. */
public final class Models {

    private Models() {
    }

    public static CoreNlpEngine engine() {
        return Holder.ENGINE;
    }

    public static ActorLexicons lexicons() {
        return LexiconHolder.LEXICONS;
    }

    /** The whole standard pipeline on the shared engine and lexicons. */
    public static Pipeline pipeline() {
        return StandardPipeline.build(engine(), lexicons());
    }

    private static final class Holder {
        static final CoreNlpEngine ENGINE = CoreNlpEngine.load();
    }

    private static final class LexiconHolder {
        static final ActorLexicons LEXICONS = ActorLexicons.bundled();
    }
}
