package attache.events;

import attache.ingest.InputException;
import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Event;
import attache.model.Modality;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our CAMEO coding beside PETRARCH2's on its 78 real-news validation records
 * ({@code data/petrarch2/universalpetrarch/validation_gsr.jsonl}). The expected codings there came
 * from PETRARCH2's own output, so what this measures is agreement with PETRARCH2, not accuracy.
 * Prints, over the records:
 * <ul>
 *   <li>CAMEO root P/R/F1: per record the set of roots PETRARCH2 coded against the set we coded
 *       (asserted or reported, not negated; a record PETRARCH2 codes nothing in counts our roots as
 *       extra);</li>
 *   <li>full-code P/R/F1, the same on whole codes ("193", "0841");</li>
 *   <li>source and target country agreement: for each expected event whose root we coded too, the
 *       coded event of that root that agrees best; the first three letters of PETRARCH2's actor code
 *       ("USAGOV" gives USA, "IGOUNO" IGO, "---REB" no country) against our actor's country.</li>
 * </ul>
 * Root 01 (statements) is in PETRARCH2's output but never in ours, since PLOVER does not code it:
 * those are misses by design, and part of the figure. The floors are regression guards a little
 * under the measured figures. Skips without {@code ../shared}.
 */
class PetrarchGsrAgreementIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The records' own date field is YYYYMMDD except one record; that one takes this fallback. */
    private static final LocalDate FALLBACK = LocalDate.of(2015, 6, 9);
    private static final double ROOT_F1_FLOOR = 0.36;
    private static final double CODE_F1_FLOOR = 0.19;

    @Test
    void agreement_with_petrarch2_on_its_news_records() throws IOException {
        Path file = SharedData.require("data/petrarch2/universalpetrarch/validation_gsr.jsonl");
        Pipeline pipeline = Models.pipeline();
        Counts roots = new Counts();
        Counts codes = new Counts();
        // the material-conflict roots, each counted alone (coercion, assault, fight, mass violence)
        java.util.Map<String, Counts> violent = new java.util.TreeMap<>();
        List.of("17", "18", "19", "20").forEach(r -> violent.put(r, new Counts()));
        int paired = 0;
        int sourceAgrees = 0;
        int targetAgrees = 0;
        int records = 0;
        int rejected = 0;
        StringBuilder detail = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            records++;
            String id = record.path("id").asText();
            List<Event> coded;
            try {
                AnalyzedArticle doc = pipeline.apply(new Article(id, "", date(record.path("date").asText()), "",
                        record.path("text").asText(), "petrarch2-gsr"));
                coded = doc.events().stream().filter(PetrarchGsrAgreementIT::happened).toList();
            } catch (InputException e) {
                // a record the input checks turn away (a lone dateline, say) codes nothing, as a user would see
                rejected++;
                coded = List.of();
            }
            List<JsonNode> expected = new ArrayList<>();
            record.path("expected").forEach(expected::add);
            Set<String> expRoots = new TreeSet<>();
            Set<String> expCodes = new TreeSet<>();
            expected.forEach(e -> {
                expRoots.add(e.path("code").asText().substring(0, 2));
                expCodes.add(e.path("code").asText());
            });
            Set<String> ourRoots = new TreeSet<>();
            Set<String> ourCodes = new TreeSet<>();
            coded.forEach(e -> {
                ourRoots.add(e.cameo().rootCode());
                ourCodes.add(e.cameo().code());
            });
            roots.add(expRoots, ourRoots);
            violent.forEach((r, c) -> c.add(expRoots.contains(r) ? Set.of(r) : Set.of(),
                    ourRoots.contains(r) ? Set.of(r) : Set.of()));
            codes.add(expCodes, ourCodes);
            for (JsonNode e : expected) {
                String root = e.path("code").asText().substring(0, 2);
                String source = country(e.path("source").asText());
                String target = country(e.path("target").asText());
                int best = -1;
                boolean s = false;
                boolean t = false;
                for (Event c : coded) {
                    if (!c.cameo().rootCode().equals(root)) {
                        continue;
                    }
                    boolean cs = source.equals(country(c.source().actor()));
                    boolean ct = target.equals(c.target().map(p -> country(p.actor())).orElse("---"));
                    int score = (cs ? 1 : 0) + (ct ? 1 : 0);
                    if (score > best) {
                        best = score;
                        s = cs;
                        t = ct;
                    }
                }
                if (best >= 0) {
                    paired++;
                    sourceAgrees += s ? 1 : 0;
                    targetAgrees += t ? 1 : 0;
                }
            }
            detail.append(String.format(Locale.ROOT, "  %-18s expected %s coded %s%n", id,
                    expected.stream().map(e -> e.path("source").asText() + ">" + e.path("target").asText() + ":"
                            + e.path("code").asText()).toList(),
                    coded.stream().map(c -> c.source().actor().code() + ">"
                            + c.target().map(p -> p.actor().code()).orElse("-") + ":" + c.cameo().code()).toList()));
        }
        if (Boolean.getBoolean("petrarch.detail")) {
            System.out.print(detail);
        }
        System.out.printf(Locale.ROOT, "PETRARCH2 news records (%d, %d turned away by the input checks; silver:"
                + " agreement with PETRARCH2, not accuracy)%n", records, rejected);
        System.out.println("  CAMEO root  " + roots);
        System.out.println("  full code   " + codes);
        violent.forEach((r, c) -> System.out.println("  root " + r + "     " + c));
        System.out.printf(Locale.ROOT, "  source country agreement %.3f, target country agreement %.3f"
                        + " (%d expected events whose root we coded)%n",
                ratio(sourceAgrees, paired), ratio(targetAgrees, paired), paired);
        assertTrue(roots.f1() >= ROOT_F1_FLOOR, "CAMEO root F1 " + roots);
        assertTrue(codes.f1() >= CODE_F1_FLOOR, "full-code F1 " + codes);
    }

    /** What happened as told: not negated, not merely intended or possible. */
    private static boolean happened(Event e) {
        return !e.negated() && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED);
    }

    private static String country(String petrarchCode) {
        return petrarchCode.length() >= 3 ? petrarchCode.substring(0, 3) : "---";
    }

    private static String country(Actor a) {
        return a.country() != null ? a.country() : "---";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return FALLBACK;
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    /** Set-against-set counts, summed over records. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(Set<String> expected, Set<String> coded) {
            for (String c : coded) {
                if (expected.contains(c)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) expected.stream().filter(e -> !coded.contains(e)).count();
        }

        double precision() {
            return ratio(tp, tp + fp);
        }

        double recall() {
            return ratio(tp, tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
                    f1(), tp, fp, fn);
        }
    }
}
