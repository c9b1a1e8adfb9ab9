package attache.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges reports of the same event across articles into one event that keeps every report, with
 * GDELT-style counts of mentions, sources (outlets), articles and stories.
 *
 * <p><b>Same event.</b> Two reports are the same event when all of these hold:
 * <ol>
 *   <li>the same source and the same target, compared by CAMEO actor code ("PRKGOV"); an actor with no
 *       code at all is compared by name. For CONSULT, AGREE and COOPERATE, acts that two parties do
 *       together, source and target may also be swapped ("A met B" is "B met A"; "A visited B" is
 *       "B hosted A"); both reports must have one of those types;</li>
 *   <li>a compatible type: the same PLOVER type, or the same CAMEO root;</li>
 *   <li>compatible dates: equal, or one inside the other at the coarser precision (2019-10-05 is within
 *       2019-W40, 2019-10 and 2019), by {@link attache.events.DateValues#compatible};</li>
 *   <li>a compatible place: either has none (or one in no known country), or both are in the same country;</li>
 *   <li>the same negation. Modality is not compared: a reported and an asserted telling count alike.</li>
 * </ol>
 *
 * <p><b>Clusters.</b> "Same event" is not transitive (2019-10 fits both 2019-10-05 and 2019-10-20), so
 * clustering is complete linkage: every member of a merged event is the same event as every other.
 * Reports are put in canonical order: most precisely dated first (day, weekend, week, month, part of
 * a year, year), then highest confidence, then smallest event id. Each report in turn joins the first
 * merged event, in order of creation, that it fits entirely, or starts a new one. A vague report that fits
 * two merged events thus joins the one whose representative comes first in canonical order.
 *
 * <p><b>Output.</b> The representative is a merged event's first member in canonical order: the most
 * precisely dated, then the most confident, then the smallest event id. The merged id is {@code "m-"} and
 * 16 hex digits of the SHA-256 of the sorted member event ids joined by newlines, so it changes when the
 * members do. Merged events are returned sorted by merged id. The output depends only on the set of
 * reports, never on their order.
 */
public final class EventClusterer {

    /** The canonical order of reports: the representative of a merged event comes first. */
    public static final Comparator<ReportedEvent> CANONICAL = Comparator
            .comparingInt((ReportedEvent r) -> -DatePrecision.of(r.event().date().value()))
            .thenComparing(r -> -r.event().confidence())
            .thenComparing(ReportedEvent::eventId);

    /** Merges the reports; event ids must be distinct. */
    public List<MergedEvent> merge(List<ReportedEvent> reports) {
        Set<String> seen = new HashSet<>();
        for (ReportedEvent r : reports) {
            if (!seen.add(r.eventId())) {
                throw new IllegalArgumentException("event id given twice: " + r.eventId());
            }
        }
        Map<String, List<Cluster>> byDyad = new HashMap<>();
        List<Cluster> all = new ArrayList<>();
        for (ReportedEvent r : reports.stream().sorted(CANONICAL).toList()) {
            EventShape shape = EventShape.of(r.event());
            // reports of one event always share their actor pair and negation: only those can fit
            List<Cluster> near = byDyad.computeIfAbsent(shape.dyad() + "|" + shape.negated(), k -> new ArrayList<>());
            Cluster home = near.stream().filter(c -> c.fits(shape)).findFirst().orElse(null);
            if (home == null) {
                home = new Cluster();
                near.add(home);
                all.add(home);
            }
            home.add(r, shape);
        }
        return all.stream().map(Cluster::merged).sorted(Comparator.comparing(MergedEvent::mergedId)).toList();
    }

    /** A merged event being built: its members in canonical order and their distinct shapes. */
    private static final class Cluster {
        private final List<ReportedEvent> members = new ArrayList<>();
        private final Set<EventShape> shapes = new LinkedHashSet<>();

        boolean fits(EventShape shape) {
            return shapes.contains(shape) || shapes.stream().allMatch(s -> s.sameEventAs(shape));
        }

        void add(ReportedEvent r, EventShape shape) {
            members.add(r);
            shapes.add(shape);
        }

        MergedEvent merged() {
            String key = String.join("\n", members.stream().map(ReportedEvent::eventId).sorted().toList());
            int mentions = members.stream().mapToInt(r -> r.event().evidence().size()).sum();
            return new MergedEvent(StableIds.of("m-", key), members.get(0).event(), members, mentions,
                    distinct(ReportedEvent::outlet), distinct(ReportedEvent::articleId),
                    distinct(ReportedEvent::storyId));
        }

        private int distinct(Function<ReportedEvent, String> field) {
            return (int) members.stream().map(field).distinct().count();
        }
    }
}
