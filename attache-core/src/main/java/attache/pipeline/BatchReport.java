package attache.pipeline;

import attache.ingest.IngestResult;

import java.time.Duration;
import java.util.List;

/**
 * How a batch went.
 *
 * @param analysed  articles analysed and written
 * @param rejected  inputs that gave no document, with the reason, in input order
 * @param elapsed   wall time of the analysis
 */
public record BatchReport(int analysed, List<IngestResult.Rejected> rejected, Duration elapsed) {

    public BatchReport {
        rejected = List.copyOf(rejected);
    }

    /** The report of a batch in which nothing could be read. */
    public static BatchReport ofRejections(List<IngestResult> inputs) {
        List<IngestResult.Rejected> rejected = inputs.stream()
                .filter(IngestResult.Rejected.class::isInstance).map(IngestResult.Rejected.class::cast).toList();
        return new BatchReport(0, rejected, Duration.ZERO);
    }

    public boolean hasFailures() {
        return !rejected.isEmpty();
    }
}
