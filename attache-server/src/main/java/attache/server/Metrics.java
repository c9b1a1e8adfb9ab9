package attache.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts by route, method and status, and a latency summary (count and sum, seconds) by route,
 * written in the Prometheus text format. Thread-safe; one instance per server.
 */
final class Metrics {

    private record Key(String method, String route, int status) {
    }

    private record Latency(LongAdder count, LongAdder nanos) {
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Latency> latency = new ConcurrentHashMap<>();

    void record(String method, String route, int status, long nanos) {
        requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
        Latency l = latency.computeIfAbsent(route, r -> new Latency(new LongAdder(), new LongAdder()));
        l.count().increment();
        l.nanos().add(nanos);
    }

    /** The metrics in the Prometheus text exposition format 0.0.4. */
    String prometheus() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP attache_http_requests_total HTTP requests by method, route and status.\n")
                .append("# TYPE attache_http_requests_total counter\n");
        Map<String, Long> lines = new TreeMap<>();
        requests.forEach((k, v) -> lines.put(String.format(Locale.ROOT,
                "attache_http_requests_total{method=\"%s\",route=\"%s\",status=\"%d\"}", k.method(),
                escape(k.route()), k.status()), v.sum()));
        lines.forEach((name, value) -> out.append(name).append(' ').append(value).append('\n'));
        out.append("# HELP attache_http_request_duration_seconds Time to answer, by route.\n")
                .append("# TYPE attache_http_request_duration_seconds summary\n");
        new TreeMap<>(latency).forEach((route, l) -> {
            String label = "{route=\"" + escape(route) + "\"}";
            out.append("attache_http_request_duration_seconds_count").append(label).append(' ')
                    .append(l.count().sum()).append('\n');
            out.append("attache_http_request_duration_seconds_sum").append(label).append(' ')
                    .append(String.format(Locale.ROOT, "%.6f", l.nanos().sum() / 1e9)).append('\n');
        });
        return out.toString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
