package attache.store;

import java.util.List;
import java.util.Map;

/**
 * What the store holds.
 *
 * @param tables      rows per table
 * @param topActors   the actor codes in most events (as source or target), most first
 * @param topDyads    the source → target pairs in most events, most first
 * @param byMonth     events per month and QuadClass, by month then QuadClass; undated events left out
 */
public record StoreStats(Map<String, Long> tables, List<ActorCount> topActors, List<DyadCount> topDyads,
                         List<MonthCount> byMonth) {

    public StoreStats {
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        topActors = List.copyOf(topActors);
        topDyads = List.copyOf(topDyads);
        byMonth = List.copyOf(byMonth);
    }

    public record ActorCount(String code, long events) {
    }

    public record DyadCount(String source, String target, long events) {
    }

    /** @param month "2019-10" */
    public record MonthCount(String month, int quadClass, long events) {
    }
}
