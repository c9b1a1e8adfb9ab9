package attache.spark;

import attache.ingest.IngestResult;
import attache.pipeline.BatchReport;
import attache.pipeline.BatchRunner;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs the standard pipeline over one partition of input rows. Articles go through
 * {@link BatchRunner} (one worker: the task is already one of the executor's threads), a few at a
 * time, so a partition is analysed with the same rejection rules as {@code process} while only a
 * handful of documents are held at once.
 */
final class PartitionAnalyser implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    /** Articles handed to the runner at once: enough to keep its worker busy, few enough to bound memory. */
    private static final int CHUNK = 8;

    private final PipelineHolder.QuoteMode quotes;

    PartitionAnalyser(PipelineHolder.QuoteMode quotes) {
        this.quotes = quotes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        BatchRunner runner = new BatchRunner(PipelineHolder.pipeline(quotes), 1);
        ResultRows rows = new ResultRows();
        return new Iterator<>() {
            private final Deque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) {
                    List<IngestResult> chunk = new ArrayList<>(CHUNK);
                    while (chunk.size() < CHUNK && input.hasNext()) {
                        chunk.add(InputRows.fromRow(input.next()));
                    }
                    analyse(chunk);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.removeFirst();
            }

            private void analyse(List<IngestResult> chunk) {
                try {
                    BatchReport report = runner.run(chunk, doc -> ready.add(rows.analysed(doc)),
                            new BatchRunner.Listener() {
                            });
                    report.rejected().forEach(r -> ready.add(ResultRows.rejected(r)));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("analysis of a partition was interrupted", e);
                }
            }
        };
    }
}
