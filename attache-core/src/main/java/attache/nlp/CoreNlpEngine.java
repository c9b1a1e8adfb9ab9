package attache.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.Duration;
import java.util.Properties;

/**
 * The loaded Stanford CoreNLP pipeline: tokenize, ssplit, pos, lemma, ner, depparse. Loading takes
 * seconds and gigabytes, so one engine is built per JVM and shared by every worker thread; its
 * {@link #annotate} is safe to call concurrently.
 *
 * <p>NER runs without the fine-grained gazetteer, whose tags override the statistical model ("Major"
 * as a title for John Major, "Washington" always a state) and which costs two thirds of NER's time.
 * SUTime stays on: it finds the temporal expressions, whose values {@code attache.time} then
 * re-resolves deterministically.
 */
public final class CoreNlpEngine {

    private final StanfordCoreNLP pipeline;
    private final Duration loadTime;

    private CoreNlpEngine(StanfordCoreNLP pipeline, Duration loadTime) {
        this.pipeline = pipeline;
        this.loadTime = loadTime;
    }

    /** Loads the models; takes several seconds. */
    public static CoreNlpEngine load() {
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        return new CoreNlpEngine(pipeline, Duration.ofNanos(System.nanoTime() - start));
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.language", "en");
        // Paragraphs are sentence boundaries; single newlines inside a paragraph are not.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "false");
        // CoreNLP reads its thread count from a static; we thread per article ourselves.
        props.setProperty("threads", "1");
        return props;
    }

    /** Runs every annotator over the annotation, in place. */
    void annotate(Annotation annotation) {
        pipeline.annotate(annotation);
    }

    public Duration loadTime() {
        return loadTime;
    }
}
