package attache.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What reading one web archive gave: how many records it held, how many became articles or were
 * refused as pages, how many were skipped and why, and whether the archive broke off.
 *
 * @param source   the archive's name, as in messages
 * @param records  WARC records read (a record the archive broke off in is not counted)
 * @param articles records that became articles
 * @param rejected HTML pages that could not become articles (each also a {@link IngestResult.Rejected})
 * @param skipped  records that are not pages to read, by reason ("request record", "HTTP status 404",
 *                 "not HTML (image/png)"), in reason order
 * @param error    why the archive ended early (truncated, corrupt), or null when it was read to its end
 */
public record WarcSummary(String source, int records, int articles, int rejected, Map<String, Integer> skipped,
                          String error) {

    public WarcSummary {
        Objects.requireNonNull(source, "source");
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** Records skipped, over every reason. */
    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for a batch report: "a.warc.gz: 12 records, 3 articles, 1 refused, 8 skipped (…)". */
    public String describe() {
        StringBuilder sb = new StringBuilder(source).append(": ").append(records).append(" records, ")
                .append(articles).append(articles == 1 ? " article" : " articles");
        if (rejected > 0) {
            sb.append(", ").append(rejected).append(" refused");
        }
        sb.append(", ").append(skippedTotal()).append(" skipped");
        if (!skipped.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            skipped.forEach((reason, n) -> reasons.append(reasons.length() == 0 ? "" : ", ").append(n).append(' ')
                    .append(reason));
            sb.append(" (").append(reasons).append(')');
        }
        if (error != null) {
            sb.append("; broke off: ").append(error);
        }
        return sb.toString();
    }
}
