package attache.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs       Hadoop paths or globs: files (.json, .jsonl, .txt, .html, .htm, optionally .gz) or folders
 * @param output       the folder the tables are written to (each table's folder replaced)
 * @param partitions   how many partitions the articles are analysed in: at least the cluster's cores
 * @param published    the publication date for inputs that give none; may be null
 * @param quotes       which quotes are reported
 * @param maxFileBytes the largest input file read (a file is read whole by one task)
 */
public record JobOptions(List<String> inputs, String output, int partitions, LocalDate published,
                         PipelineHolder.QuoteMode quotes, long maxFileBytes) {

    /** Files above this are rejected: 256 MB, a large JSON Lines shard, held whole by one task. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(quotes, "quotes");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("the file size limit must be positive");
        }
    }

    /** Defaults for everything but the paths: quotes as {@code process}, dates from the inputs. */
    public static JobOptions of(List<String> inputs, String output, int partitions) {
        return new JobOptions(inputs, output, partitions, null, PipelineHolder.QuoteMode.ALL, DEFAULT_MAX_FILE_BYTES);
    }
}
