package attache.spark;

import attache.ingest.WarcSummary;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A web archive's {@link WarcSummary} as it travels from an executor to the driver (in an
 * accumulator): what the archive held and why records were skipped.
 */
record ArchiveTally(String source, int records, int articles, int rejected, TreeMap<String, Integer> skipped,
                    String error) implements Serializable {

    static ArchiveTally of(WarcSummary s) {
        return new ArchiveTally(s.source(), s.records(), s.articles(), s.rejected(), new TreeMap<>(s.skipped()),
                s.error());
    }

    WarcSummary summary() {
        return new WarcSummary(source, records, articles, rejected, Map.copyOf(skipped), error);
    }
}
