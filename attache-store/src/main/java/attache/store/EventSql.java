package attache.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameterised SELECT for an {@link EventQuery}: one condition per filter given, values bound
 * to ? marks, never spliced into the text.
 */
final class EventSql {

    static final String COLUMNS = "e.event_id, e.article_id, a.url, a.outlet, a.published, e.source_name, "
            + "e.source_code, e.target_name, e.target_code, e.type, e.mode, e.cameo, e.cameo_name, e.quad_class, "
            + "e.goldstein, e.event_date, e.day_from, e.place, e.place_country, e.negated, e.modality, "
            + "e.claimant_name, e.claimant_code, e.sentence, e.evidence_start, e.evidence_end, e.evidence_text, "
            + "e.pattern, e.confidence";

    /** Deterministic: by day (undated last), date value, article, position in the article. */
    static final String ORDER = " ORDER BY e.day_from NULLS LAST, e.event_date, e.article_id, e.idx";

    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private final int limit;
    private final int offset;

    private EventSql(int limit, int offset) {
        this.limit = limit;
        this.offset = offset;
    }

    static EventSql of(EventQuery q) {
        EventSql sql = new EventSql(q.limit(), q.offset());
        sql.prefix("e.source_code", q.source());
        sql.prefix("e.target_code", q.target());
        if (q.actor() != null) {
            String code = q.actor().toUpperCase(Locale.ROOT);
            sql.add("(starts_with(e.source_code, ?) OR starts_with(coalesce(e.target_code, ''), ?))", code, code);
        }
        if (q.dyad() != null) {
            String a = q.dyad().first().toUpperCase(Locale.ROOT);
            String b = q.dyad().second().toUpperCase(Locale.ROOT);
            sql.add("((starts_with(e.source_code, ?) AND starts_with(coalesce(e.target_code, ''), ?)) OR "
                    + "(starts_with(e.source_code, ?) AND starts_with(coalesce(e.target_code, ''), ?)))", a, b, b, a);
        }
        if (q.type() != null) {
            sql.add("e.type = ?", q.type().name());
        }
        sql.prefix("e.cameo", q.cameo());
        if (q.from() != null) {
            sql.add("e.day_from >= ?", q.from());
        }
        if (q.to() != null) {
            sql.add("e.day_from <= ?", q.to());
        }
        if (q.place() != null) {
            sql.add("(lower(e.place) = ? OR e.place_country = ?)", q.place().toLowerCase(Locale.ROOT),
                    q.place().toUpperCase(Locale.ROOT));
        }
        if (q.negated() != null) {
            sql.add("e.negated = ?", q.negated());
        }
        if (q.modality() != null) {
            sql.add("e.modality = ?", q.modality().label());
        }
        return sql;
    }

    private void prefix(String column, String value) {
        if (value != null) {
            add("starts_with(coalesce(" + column + ", ''), ?)", value.toUpperCase(Locale.ROOT));
        }
    }

    private void add(String condition, Object... values) {
        where.add(condition);
        params.addAll(List.of(values));
    }

    /** The statement, paged by the query's limit (0 for all) and offset. */
    String select() {
        StringBuilder sb = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM events e JOIN articles a ON a.id = e.article_id");
        if (!where.isEmpty()) {
            sb.append(" WHERE ").append(String.join(" AND ", where));
        }
        sb.append(ORDER);
        if (limit > 0) {
            sb.append(" LIMIT ?");
        }
        if (offset > 0) {
            sb.append(" OFFSET ?");
        }
        return sb.toString();
    }

    /** Values for the ? marks of {@link #select()}, in order. */
    Object[] params() {
        List<Object> all = new ArrayList<>(params);
        if (limit > 0) {
            all.add((long) limit);
        }
        if (offset > 0) {
            all.add((long) offset);
        }
        return all.toArray();
    }
}
