package attache.spark;

import attache.ingest.WarcSummary;

import java.util.List;

/**
 * What a run of the job did.
 *
 * @param articles articles analysed (rows of {@code documents})
 * @param rejected inputs that gave no article (rows of {@code rejected})
 * @param events   coded events (rows of {@code events})
 * @param archives what each web archive among the inputs held: records, articles, records skipped
 *                 by reason, where it broke off; in path order
 * @param seconds  wall time from listing the inputs to the last table written
 */
public record JobReport(long articles, long rejected, long events, List<WarcSummary> archives, double seconds) {

    public JobReport {
        archives = List.copyOf(archives);
    }

    /** Articles analysed per second of the whole run. */
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** WARC records that were not pages to read (requests, metadata, other statuses and types), over every archive. */
    public long skippedRecords() {
        return archives.stream().mapToLong(WarcSummary::skippedTotal).sum();
    }
}
