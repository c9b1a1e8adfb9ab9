package attache.store;

import attache.merge.ReportedEvent;
import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.TextSpan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads stored events back as {@link Event} records, with their article's outlet, story, URL and date,
 * for the merger and the exports. An actor's organisation, secondary sector and lexicon source are not
 * columns of {@code events}; they come from the actor mention at the participant's exact span, and
 * failing that the organisation is what the code holds between country and sector.
 */
final class StoredEvents {

    /** One stored event and the article that reports it. */
    record Report(ReportedEvent report, String url, String outlet, LocalDate published, List<Mention> mentions) {
        Event event() {
            return report.event();
        }
    }

    /** One sentence of evidence: its span, its sentence index, its words. */
    record Mention(int start, int end, int sentence, String text) {
    }

    /**
     * The actor mentions at an event's participant spans, grouped once (a materialised CTE) rather than
     * once per participant: actor_mentions holds tens of rows per event, and this runs on every merge.
     */
    private static final String QUERY = "WITH spans AS MATERIALIZED ("
            + " SELECT article_id, source_start AS s, source_end AS e FROM events"
            + " UNION SELECT article_id, target_start, target_end FROM events WHERE target_start IS NOT NULL"
            + " UNION SELECT article_id, claimant_start, claimant_end FROM events WHERE claimant_start IS NOT NULL),"
            + " actor_at AS MATERIALIZED (SELECT m.article_id, m.start_char, m.end_char, min(m.actor_organisation) AS org,"
            + " min(m.actor_secondary) AS sec, min(m.actor_source) AS src FROM actor_mentions m"
            + " SEMI JOIN spans ON spans.article_id = m.article_id AND spans.s = m.start_char AND spans.e = m.end_char"
            + " GROUP BY ALL)"
            + " SELECT e.*, a.url AS a_url, a.outlet AS a_outlet, a.published AS a_published,"
            + " a.story_id AS a_story, s.org AS s_org, s.sec AS s_sec, s.src AS s_src, t.org AS t_org,"
            + " t.sec AS t_sec, t.src AS t_src, c.org AS c_org, c.sec AS c_sec, c.src AS c_src"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + " LEFT JOIN actor_at s ON s.article_id = e.article_id AND s.start_char = e.source_start"
            + " AND s.end_char = e.source_end"
            + " LEFT JOIN actor_at t ON t.article_id = e.article_id AND t.start_char = e.target_start"
            + " AND t.end_char = e.target_end"
            + " LEFT JOIN actor_at c ON c.article_id = e.article_id AND c.start_char = e.claimant_start"
            + " AND c.end_char = e.claimant_end"
            + " ORDER BY e.event_id";

    private StoredEvents() {
    }

    /** Every stored event, by event id. An article without an outlet is a source of its own. */
    static List<Report> all(Connection db) throws SQLException {
        Map<String, List<Mention>> evidence = evidence(db);
        List<Report> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                String eventId = rs.getString("event_id");
                String articleId = rs.getString("article_id");
                List<Mention> spans = evidence.getOrDefault(eventId, List.of());
                Event event = event(rs, spans);
                String outlet = rs.getString("a_outlet");
                String story = rs.getString("a_story");
                ReportedEvent report = new ReportedEvent(eventId, articleId,
                        outlet != null ? outlet : "article:" + articleId, story != null ? story : "article:" + articleId,
                        event);
                out.add(new Report(report, rs.getString("a_url"), outlet, rs.getDate("a_published").toLocalDate(),
                        spans.isEmpty() ? List.of(new Mention(rs.getInt("evidence_start"), rs.getInt("evidence_end"),
                                event.sentence(), rs.getString("evidence_text"))) : spans));
            }
        }
        return out;
    }

    /** Event id → its sentences of evidence, in stored order. */
    private static Map<String, List<Mention>> evidence(Connection db) throws SQLException {
        Map<String, List<Mention>> out = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT event_id, start_char, end_char, sentence, text FROM event_mentions ORDER BY event_id, idx")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Mention(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        }
        return out;
    }

    private static Event event(ResultSet rs, List<Mention> spans) throws SQLException {
        List<TextSpan> evidence = spans.stream().map(s -> new TextSpan(s.start(), s.end())).toList();
        if (evidence.isEmpty()) {
            evidence = List.of(new TextSpan(rs.getInt("evidence_start"), rs.getInt("evidence_end")));
        }
        Plover type = Plover.valueOf(rs.getString("type"));
        Optional<String> mode = Optional.ofNullable(rs.getString("mode"));
        CameoCode cameo = new CameoCode(rs.getString("cameo"), rs.getString("cameo_name"), rs.getInt("quad_class"),
                rs.getDouble("goldstein"), Optional.of(type), mode);
        return new Event(participant(rs, "source", "s_").orElseThrow(), participant(rs, "target", "t_"), type, mode,
                cameo, date(rs), place(rs), rs.getBoolean("negated"),
                Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)), participant(rs, "claimant", "c_"),
                rs.getInt("sentence"), new TextSpan(rs.getInt("trigger_start"), rs.getInt("trigger_end")), evidence,
                rs.getString("pattern"), rs.getDouble("confidence"));
    }

    private static Optional<Participant> participant(ResultSet rs, String role, String joined) throws SQLException {
        String name = rs.getString(role + "_name");
        if (name == null) {
            return Optional.empty();
        }
        String code = rs.getString(role + "_code");
        boolean sectors = !role.equals("claimant");
        String country = sectors ? rs.getString(role + "_country") : null;
        String agent = sectors ? rs.getString(role + "_agent") : null;
        String organisation = rs.getString(joined + "org");
        if (organisation == null) {
            organisation = organisationIn(code, country, agent);
        }
        String source = rs.getString(joined + "src");
        Actor actor = new Actor(name, country, organisation, agent, rs.getString(joined + "sec"),
                source != null ? source : "store");
        if (!sectors && actor.code().isEmpty() && code != null && !code.isEmpty()) {
            // a claimant's country and sector are not stored apart: keep its whole code as the country
            actor = new Actor(name, code, null, null, null, actor.source());
        }
        return Optional.of(new Participant(actor, new TextSpan(rs.getInt(role + "_start"), rs.getInt(role + "_end"))));
    }

    /** The part of a CAMEO code between the country and the sector: "UNO" in "IGOUNOGOV". */
    private static String organisationIn(String code, String country, String agent) {
        if (code == null || country == null || !code.startsWith(country)) {
            return null;
        }
        String rest = code.substring(country.length());
        if (agent != null && rest.endsWith(agent)) {
            rest = rest.substring(0, rest.length() - agent.length());
        }
        return rest.isEmpty() ? null : rest;
    }

    private static EventDate date(ResultSet rs) throws SQLException {
        int start = rs.getInt("date_start");
        TextSpan span = rs.wasNull() ? null : new TextSpan(start, rs.getInt("date_end"));
        return new EventDate(rs.getString("event_date"), rs.getString("date_text"), span,
                EventDate.Source.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT)));
    }

    private static Optional<Place> place(ResultSet rs) throws SQLException {
        String name = rs.getString("place");
        if (name == null) {
            return Optional.empty();
        }
        int start = rs.getInt("place_start");
        TextSpan span = rs.wasNull() ? null : new TextSpan(start, rs.getInt("place_end"));
        return Optional.of(new Place(name, rs.getString("place_country"), span));
    }
}
