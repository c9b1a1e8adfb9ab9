package attache.spark;

/**
 * What a run of the job did.
 *
 * @param articles articles analysed (rows of {@code documents})
 * @param rejected inputs that gave no article (rows of {@code rejected})
 * @param events   coded events (rows of {@code events})
 * @param seconds  wall time from listing the inputs to the last table written
 */
public record JobReport(long articles, long rejected, long events, double seconds) {

    /** Articles analysed per second of the whole run. */
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }
}
