package attache.testing;

import attache.nlp.CoreNlpEngine;

/** The CoreNLP engine, loaded once per test JVM and shared by every integration test. */
public final class Models {

    private Models() {
    }

    public static CoreNlpEngine engine() {
        return Holder.ENGINE;
    }

    private static final class Holder {
        static final CoreNlpEngine ENGINE = CoreNlpEngine.load();
    }
}
