package attache.pipeline;

import attache.model.AnalyzedArticle;
import attache.model.Layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU-side wall time spent in each stage, summed over all threads: how the cost of an article splits
 * between CoreNLP and our own stages. Used by the benchmark; the normal pipeline is not timed.
 */
public final class StageTimes {

    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    /** The same stages, each one timed into this record. */
    public Pipeline instrument(List<Stage> stages) {
        List<Stage> timed = new ArrayList<>();
        for (Stage s : stages) {
            LongAdder adder = new LongAdder();
            nanos.put(s.name(), adder);
            timed.add(new Timed(s, adder));
        }
        return Pipeline.of(timed);
    }

    /** Seconds per stage, in pipeline order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((name, adder) -> out.put(name, adder.sum() / 1e9));
        return out;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }

    private record Timed(Stage stage, LongAdder adder) implements Stage {
        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public Set<Layer> requires() {
            return stage.requires();
        }

        @Override
        public Set<Layer> provides() {
            return stage.provides();
        }

        @Override
        public AnalyzedArticle apply(AnalyzedArticle in) {
            long start = System.nanoTime();
            try {
                return stage.apply(in);
            } finally {
                adder.add(System.nanoTime() - start);
            }
        }
    }
}
