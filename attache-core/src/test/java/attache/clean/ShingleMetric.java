package attache.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric, as ../shared/eval/extraction.py computes it: \w+
 * tokens, multisets of 4-token shingles, per-page TP/FP/FN normalized to sum to one, precision and
 * recall averaged over pages, F1 from the two means.
 */
final class ShingleMetric {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int exact;
    private int pages;

    /** Scores one page; returns its {precision, recall} (NaN where undefined). */
    double[] add(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int shared = Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            tp += shared;
            fp += e.getValue() - shared;
        }
        int fn = g.values().stream().mapToInt(Integer::intValue).sum() - tp;
        pages++;
        if (tokens(gold).equals(tokens(predicted))) {
            exact++;
        }
        double precision = Double.NaN;
        double recall = Double.NaN;
        if (tp + fp > 0) {
            precision = fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fp);
            precisions.add(precision);
        }
        if (tp + fn > 0) {
            recall = fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fn);
            recalls.add(recall);
        }
        return new double[] {precision, recall};
    }

    double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return counts;
    }
}
