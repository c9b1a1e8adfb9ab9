package attache.pipeline;

import attache.ingest.IngestResult;
import attache.ingest.InputException;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Layer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {

    /** Sleeps longer for earlier articles, so workers finish out of order; fails on "bad" text. */
    private static final Stage SLOW_FIRST = new Stage() {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> provides() {
            return Set.of();
        }

        @Override
        public AnalyzedArticle apply(AnalyzedArticle in) {
            if (in.text().equals("bad")) {
                throw new InputException(in.article().origin(), "refused");
            }
            if (in.text().equals("boom")) {
                throw new IllegalStateException("broken stage");
            }
            try {
                Thread.sleep(Math.max(0, 30 - 3L * Integer.parseInt(in.article().id())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return in;
        }
    };

    private static List<IngestResult> inputs(int n) {
        List<IngestResult> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = i == 3 ? "bad" : i == 5 ? "boom" : "text " + i;
            inputs.add(new IngestResult.Parsed(new Article(String.valueOf(i), null, LocalDate.of(2020, 1, 1), null,
                    text, "in:" + i)));
        }
        inputs.add(new IngestResult.Rejected("broken.json", "malformed JSON"));
        return inputs;
    }

    private static List<String> run(int threads) throws Exception {
        List<String> ids = new ArrayList<>();
        new BatchRunner(Pipeline.of(SLOW_FIRST), threads).run(inputs(10), doc -> ids.add(doc.article().id()),
                new BatchRunner.Listener() { });
        return ids;
    }

    @Test
    void keeps_input_order_whatever_the_thread_count() throws Exception {
        List<String> expected = List.of("0", "1", "2", "4", "6", "7", "8", "9");
        assertEquals(expected, run(1));
        assertEquals(expected, run(2));
        assertEquals(expected, run(4));
    }

    @Test
    void reports_failures_and_goes_on() throws Exception {
        List<String> told = new ArrayList<>();
        BatchReport report = new BatchRunner(Pipeline.of(SLOW_FIRST), 2).run(inputs(10), doc -> { },
                new BatchRunner.Listener() {
                    @Override
                    public void rejected(IngestResult.Rejected rejection) {
                        told.add(rejection.origin());
                    }
                });
        assertEquals(8, report.analysed());
        assertEquals(List.of("in:3", "in:5", "broken.json"), told);
        assertEquals("refused", report.rejected().get(0).reason());
        assertEquals("analysis failed: IllegalStateException: broken stage", report.rejected().get(1).reason());
    }

    @Test
    void takes_inputs_as_workers_free_up_and_builds_the_pipeline_for_the_first_article_only() throws Exception {
        int[] taken = {0};
        int[] written = {0};
        int[] built = {0};
        int[] mostAhead = {0};
        java.util.Iterator<IngestResult> source = inputs(40).iterator();
        java.util.Iterator<IngestResult> counting = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public IngestResult next() {
                taken[0]++;
                mostAhead[0] = Math.max(mostAhead[0], taken[0] - written[0]);
                return source.next();
            }
        };
        BatchReport report = new BatchRunner(() -> {
            built[0]++;
            return Pipeline.of(SLOW_FIRST);
        }, 2).run(counting, doc -> written[0]++, new BatchRunner.Listener() { });
        assertEquals(38, report.analysed());
        assertEquals(1, built[0]);
        // two threads, four in flight each, and the rejections among them
        assertTrue(mostAhead[0] <= 2 * 4 + 3, "read " + mostAhead[0] + " inputs ahead of the output");
    }

    @Test
    void a_batch_of_refused_inputs_builds_no_pipeline() throws Exception {
        BatchReport report = new BatchRunner(() -> {
            throw new AssertionError("no article needed a pipeline");
        }, 2).run(List.<IngestResult>of(new IngestResult.Rejected("a.json", "malformed JSON"),
                new IngestResult.Rejected("b.bin", "binary")).iterator(), doc -> { }, new BatchRunner.Listener() { });
        assertEquals(2, report.rejected().size());
    }
}
