package attache.testing;

import attache.nlp.CoreNlpEngine;

/**
 * The CoreNLP engine shared by every integration test in a JVM. Loading takes seconds and
 * gigabytes, so it happens once, on first use (the holder-class idiom makes that lazy and
 * thread-safe). This is the one piece of static state the tests allow themselves.
 */
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
