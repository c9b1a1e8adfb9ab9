package attache.output;

import attache.lexicon.CameoTable;
import attache.model.AccountRelation;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Assessment;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.CameoCode;
import attache.model.Claim;
import attache.model.Dateline;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Layer;
import attache.model.Mention;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.Position;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a document written by {@link DocumentWriter} back into an {@link AnalyzedArticle}, so that
 * analyses made elsewhere (the Spark job's Parquet output) can be stored as if {@code ingest} had
 * made them. What the document does not carry is left out: sentences come back without tokens and
 * dependencies, the tagger's raw entities and times are the resolved ones, and an actor mention's
 * head token is unknown (-1), and the date of a claim or position keeps its words but not their
 * span. Nothing the store, the search index or the exports read is lost:
 * writing the article again gives the same document, byte for byte.
 */
public final class DocumentReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CameoTable cameo;

    public DocumentReader(CameoTable cameo) {
        this.cameo = cameo;
    }

    /** A reader with the bundled CAMEO table, which gives each event code its name. */
    public DocumentReader() {
        this(CameoTable.bundled());
    }

    /**
     * The article in one document.
     *
     * @param json   one line of {@code process} output
     * @param origin where the article came from (the input file and line), which the document does not hold
     * @throws IllegalArgumentException when the document is not one {@link DocumentWriter} writes,
     *                                  naming the field
     */
    public AnalyzedArticle read(String json, String origin) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(root, "id");
        try {
            return read(root, origin);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("document " + id + ": " + e.getMessage(), e);
        }
    }

    private AnalyzedArticle read(JsonNode root, String origin) {
        String text = required(root, "text");
        Article article = new Article(required(root, "id"), text(root, "url"),
                LocalDate.parse(required(root, "published")), text(root, "title"), text, origin);
        List<Boilerplate> boilerplate = new ArrayList<>();
        for (JsonNode b : array(root, "boilerplate")) {
            boilerplate.add(new Boilerplate(span(b), boilerplateKind(required(b, "kind")), required(b, "text")));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : array(root, "sentences")) {
            sentences.add(new Sentence(s.get("index").asInt(), span(s), List.of(), List.of()));
        }
        List<Mention> entities = new ArrayList<>();
        for (JsonNode m : array(root, "entities")) {
            entities.add(new Mention(span(m), required(m, "text"), EntityType.valueOf(required(m, "type")),
                    m.get("sentence").asInt(), required(m, "canonical")));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : array(root, "times")) {
            times.add(new TimeExpression(span(t), required(t, "text"), TimexType.valueOf(required(t, "type")),
                    required(t, "value"), t.get("sentence").asInt(), required(t, "resolved_by")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : array(root, "quotes")) {
            quotes.add(quote(q));
        }
        List<ActorMention> actors = new ArrayList<>();
        for (JsonNode a : array(root, "actors")) {
            Optional<TextSpan> antecedent = a.hasNonNull("antecedent_start")
                    ? Optional.of(new TextSpan(a.get("antecedent_start").asInt(), a.get("antecedent_end").asInt()))
                    : Optional.empty();
            actors.add(new ActorMention(span(a), required(a, "text"), a.get("sentence").asInt(), -1, actor(a),
                    antecedent));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : array(root, "events")) {
            events.add(event(e));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : array(root, "claims")) {
            claims.add(claim(c));
        }
        List<Position> positions = new ArrayList<>();
        for (JsonNode p : array(root, "positions")) {
            positions.add(position(p));
        }
        List<AccountRelation> relations = new ArrayList<>();
        for (JsonNode r : array(root, "conflicts")) {
            relations.add(relation(r));
        }
        return new AnalyzedArticle(article, boilerplate, dateline(root.get("dateline")), sentences, entities, times,
                entities, times, quotes, actors, events, claims, positions, relations, EnumSet.allOf(Layer.class));
    }

    private static Optional<Dateline> dateline(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String date = text(node, "date");
        return Optional.of(new Dateline(text(node, "place"), date == null ? null : LocalDate.parse(date), span(node)));
    }

    private static Quote quote(JsonNode q) {
        List<TextSpan> parts = new ArrayList<>();
        for (JsonNode p : array(q, "parts")) {
            parts.add(span(p));
        }
        Optional<Quote.Speaker> speaker = q.hasNonNull("speaker")
                ? Optional.of(new Quote.Speaker(q.get("speaker").asText(),
                        new TextSpan(q.get("speaker_start").asInt(), q.get("speaker_end").asInt())))
                : Optional.empty();
        return new Quote(span(q), required(q, "text"), parts, speaker);
    }

    private Event event(JsonNode e) {
        String code = required(e, "cameo");
        CameoCode cameoCode = cameo.byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("CAMEO code " + code + " is not in the CAMEO table"));
        Plover type = Plover.parse(required(e, "type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown PLOVER type " + e.get("type")));
        JsonNode loc = e.get("location");
        Optional<Place> location = loc == null || loc.isNull() ? Optional.empty()
                : Optional.of(new Place(required(loc, "name"), text(loc, "country"), optionalSpan(loc, "start", "end")));
        EventDate date = new EventDate(required(e, "date"), text(e, "date_text"),
                optionalSpan(e, "date_start", "date_end"), dateSource(required(e, "date_source")));
        List<TextSpan> evidence = new ArrayList<>();
        for (JsonNode m : array(e, "mentions")) {
            evidence.add(span(m));
        }
        return new Event(participant(e.get("source")), optionalParticipant(e.get("target")), type,
                Optional.ofNullable(text(e, "mode")), cameoCode, date, location, e.get("negated").asBoolean(),
                modality(required(e, "modality")), optionalParticipant(e.get("claimant")), e.get("sentence").asInt(),
                span(e.get("trigger")), evidence, required(e, "pattern"), e.get("confidence").asDouble());
    }

    /** A claim; its date comes back without the span of its words, which the document does not hold. */
    private static Claim claim(JsonNode c) {
        List<Integer> events = new ArrayList<>();
        for (JsonNode e : array(c, "events")) {
            events.add(e.asInt());
        }
        List<Claim.AssessmentCue> cues = new ArrayList<>();
        for (JsonNode q : array(c, "assessment_cues")) {
            cues.add(new Claim.AssessmentCue(span(q), assessment(required(q, "polarity")), q.get("negated").asBoolean(),
                    Optional.ofNullable(text(q, "outcome"))));
        }
        return new Claim(participant(c.get("claimant")), claimKind(required(c, "kind")), span(c.get("cue")),
                span(c.get("content")), c.get("sentence").asInt(), statementDate(c), events,
                assessment(required(c, "assessment")), cues, Optional.ofNullable(text(c, "outcome")));
    }

    private static Position position(JsonNode p) {
        List<String> issues = new ArrayList<>();
        for (JsonNode i : array(p, "issues")) {
            issues.add(i.asText());
        }
        return new Position(participant(p.get("holder")), required(p, "stance"), span(p.get("cue")),
                span(p.get("span")), required(p, "phrase"), issues, p.get("sentence").asInt(), statementDate(p),
                span(p.get("evidence")));
    }

    private static AccountRelation relation(JsonNode r) {
        OptionalInt event = r.hasNonNull("event") ? OptionalInt.of(r.get("event").asInt()) : OptionalInt.empty();
        return new AccountRelation(relationKind(required(r, "relation")), event,
                Optional.ofNullable(text(r, "episode")), required(r, "first_side"), indices(r, "first_claims"),
                required(r, "second_side"), indices(r, "second_claims"), required(r, "reason"));
    }

    /** The date of a claim or position, as written: value, words and source, without a span. */
    private static EventDate statementDate(JsonNode node) {
        return new EventDate(required(node, "date"), text(node, "date_text"), null,
                dateSource(required(node, "date_source")));
    }

    private static List<Integer> indices(JsonNode node, String field) {
        List<Integer> indices = new ArrayList<>();
        for (JsonNode i : array(node, field)) {
            indices.add(i.asInt());
        }
        return indices;
    }

    private static Assessment assessment(String label) {
        return label(Assessment.class, "assessment", label);
    }

    private static Claim.Kind claimKind(String label) {
        return label(Claim.Kind.class, "claim kind", label);
    }

    private static AccountRelation.Relation relationKind(String label) {
        return label(AccountRelation.Relation.class, "relation", label);
    }

    /** The constant a lower-case label names, or an error that says which label is unknown. */
    private static <E extends Enum<E>> E label(Class<E> type, String what, String label) {
        try {
            return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + label + "'", e);
        }
    }

    private static Optional<Participant> optionalParticipant(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(participant(node));
    }

    private static Participant participant(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("an event without a source");
        }
        return new Participant(actor(node), span(node));
    }

    private static Actor actor(JsonNode node) {
        return new Actor(required(node, "name"), text(node, "country"), text(node, "organisation"),
                text(node, "agent"), text(node, "secondary"), required(node, "source"));
    }

    private static final Map<String, BoilerplateKind> KINDS = new HashMap<>();

    static {
        for (BoilerplateKind k : BoilerplateKind.values()) {
            KINDS.put(k.label(), k);
        }
    }

    private static BoilerplateKind boilerplateKind(String label) {
        BoilerplateKind kind = KINDS.get(label);
        if (kind == null) {
            throw new IllegalArgumentException("unknown boilerplate kind '" + label + "'");
        }
        return kind;
    }

    private static Modality modality(String label) {
        return Modality.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static EventDate.Source dateSource(String label) {
        return EventDate.Source.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static TextSpan span(JsonNode node) {
        if (node == null || !node.has("start") || !node.has("end")) {
            throw new IllegalArgumentException("a record without start and end offsets");
        }
        return new TextSpan(node.get("start").asInt(), node.get("end").asInt());
    }

    private static TextSpan optionalSpan(JsonNode node, String start, String end) {
        return node.hasNonNull(start) && node.hasNonNull(end)
                ? new TextSpan(node.get(start).asInt(), node.get(end).asInt()) : null;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not an array");
        }
        return value;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("no \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
