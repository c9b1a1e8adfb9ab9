package attache.output;

import attache.model.AccountRelation;
import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BodyText;
import attache.model.Claim;
import attache.model.EventDate;
import attache.model.Event;
import attache.model.Participant;
import attache.model.Position;
import attache.model.Mention;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes an analysed article as the per-article JSON document of the output contract
 * ({@code shared/eval/README.md} and the README's "Output" section). Fields are written in a fixed
 * order and nothing depends on the clock or the thread, so the same input gives the same bytes.
 */
public final class DocumentWriter {

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean taggerOnly;

    public DocumentWriter() {
        this(false);
    }

    /**
     * @param taggerOnly write the tagger's own entities and times (CoreNLP's NER and SUTime, before
     *                   linking and resolution) in place of ours, to measure what our stages add
     */
    public DocumentWriter(boolean taggerOnly) {
        this.taggerOnly = taggerOnly;
    }

    /** One document on one line, without a line break. */
    public String toJsonLine(AnalyzedArticle doc) {
        try {
            return mapper.writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.article().id(), e);
        }
    }

    public ObjectNode toTree(AnalyzedArticle doc) {
        Article article = doc.article();
        Map<TextSpan, Actor> actors = actorsBySpan(doc);
        ObjectNode root = mapper.createObjectNode();
        root.put("id", article.id());
        root.put("url", article.url());
        root.put("published", article.published().toString());
        root.put("title", article.title());
        root.put("text", article.text());
        root.set("dateline", dateline(doc));
        root.set("body", body(doc.body()));
        root.set("boilerplate", boilerplate(doc));
        root.set("sentences", sentences(doc));
        root.set("entities", entities(doc, actors));
        root.set("times", times(doc));
        root.set("quotes", quotes(doc, actors));
        root.set("actors", actors(doc));
        root.set("events", events(doc));
        root.set("claims", claims(doc));
        root.set("positions", positions(doc));
        root.set("conflicts", conflicts(doc));
        return root;
    }

    private ObjectNode dateline(AnalyzedArticle doc) {
        return doc.dateline().map(d -> {
            ObjectNode node = mapper.createObjectNode();
            node.put("place", d.place());
            node.put("date", d.date() == null ? null : d.date().toString());
            span(node, d.span());
            return node;
        }).orElse(null);
    }

    private ObjectNode body(BodyText body) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", body.text());
        ArrayNode segments = node.putArray("segments");
        for (TextSpan s : body.segments()) {
            span(segments.addObject(), s);
        }
        return node;
    }

    private ArrayNode boilerplate(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        for (Boilerplate b : doc.boilerplate()) {
            ObjectNode node = array.addObject();
            node.put("text", b.text());
            node.put("kind", b.kind().label());
            span(node, b.span());
        }
        return array;
    }

    private ArrayNode sentences(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        for (Sentence s : doc.sentences()) {
            ObjectNode node = array.addObject();
            node.put("index", s.index());
            span(node, s.span());
        }
        return array;
    }

    private ArrayNode entities(AnalyzedArticle doc, Map<TextSpan, Actor> actors) {
        ArrayNode array = mapper.createArrayNode();
        for (Mention m : taggerOnly ? doc.nerMentions() : doc.entities()) {
            ObjectNode node = array.addObject();
            node.put("text", m.text());
            node.put("type", m.type().name());
            span(node, m.span());
            node.put("canonical", m.canonical());
            node.put("sentence", m.sentence());
            node.set("actor", actorAt(actors, m.span()));
        }
        return array;
    }

    private ArrayNode times(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        for (TimeExpression t : taggerOnly ? doc.rawTimes() : doc.times()) {
            ObjectNode node = array.addObject();
            node.put("text", t.text());
            node.put("value", t.value());
            node.put("type", t.type().name());
            span(node, t.span());
            node.put("sentence", t.sentence());
            node.put("resolved_by", t.detector());
        }
        return array;
    }

    private ArrayNode quotes(AnalyzedArticle doc, Map<TextSpan, Actor> actors) {
        ArrayNode array = mapper.createArrayNode();
        for (Quote q : doc.quotes()) {
            ObjectNode node = array.addObject();
            node.put("text", q.text());
            span(node, q.span());
            ArrayNode parts = node.putArray("parts");
            q.parts().forEach(p -> span(parts.addObject(), p));
            node.put("speaker", q.speaker().map(Quote.Speaker::name).orElse(null));
            node.put("speaker_start", q.speaker().map(s -> s.mention().start()).orElse(null));
            node.put("speaker_end", q.speaker().map(s -> s.mention().end()).orElse(null));
            node.set("speaker_actor", q.speaker().map(sp -> actorAt(actors, sp.mention())).orElse(null));
        }
        return array;
    }

    private ArrayNode actors(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        for (ActorMention m : doc.actors()) {
            ObjectNode node = array.addObject();
            node.put("text", m.text());
            span(node, m.span());
            node.put("sentence", m.sentence());
            node.setAll(actor(m.actor()));
            m.antecedent().ifPresent(a -> {
                node.put("antecedent_start", a.start());
                node.put("antecedent_end", a.end());
            });
        }
        return array;
    }

    private ArrayNode events(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        String text = doc.text();
        for (Event e : doc.events()) {
            ObjectNode node = array.addObject();
            node.set("source", participant(e.source(), text));
            node.set("target", e.target().map(t -> participant(t, text)).orElse(null));
            node.put("type", e.type().name());
            node.put("mode", e.mode().orElse(null));
            node.put("cameo", e.cameo().code());
            node.put("quad_class", e.cameo().quadClass());
            node.put("goldstein", e.cameo().goldstein());
            node.put("date", e.date().value());
            node.put("date_text", e.date().text());
            node.put("date_start", e.date().span() == null ? null : e.date().span().start());
            node.put("date_end", e.date().span() == null ? null : e.date().span().end());
            node.put("date_source", e.date().source().label());
            node.set("location", e.location().map(p -> {
                ObjectNode place = mapper.createObjectNode();
                place.put("name", p.name());
                place.put("country", p.country());
                place.put("start", p.span() == null ? null : p.span().start());
                place.put("end", p.span() == null ? null : p.span().end());
                return place;
            }).orElse(null));
            node.put("negated", e.negated());
            node.put("modality", e.modality().label());
            node.set("claimant", e.claimant().map(c -> participant(c, text)).orElse(null));
            node.put("sentence", e.sentence());
            node.set("trigger", evidence(e.trigger(), text));
            node.set("evidence", evidence(e.evidence().get(0), text));
            ArrayNode mentions = node.putArray("mentions");
            e.evidence().forEach(span -> mentions.add(evidence(span, text)));
            node.put("pattern", e.pattern());
            node.put("confidence", e.confidence());
        }
        return array;
    }

    private ArrayNode claims(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        String text = doc.text();
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim c = doc.claims().get(i);
            ObjectNode node = array.addObject();
            node.put("index", i);
            node.set("claimant", participant(c.claimant(), text));
            node.put("kind", c.kind().label());
            node.set("cue", evidence(c.cue(), text));
            node.set("content", evidence(c.content(), text));
            node.put("sentence", c.sentence());
            date(node, c.date());
            ArrayNode events = node.putArray("events");
            c.events().forEach(events::add);
            node.put("assessment", c.assessment().label());
            node.put("outcome", c.outcome().orElse(null));
            ArrayNode cues = node.putArray("assessment_cues");
            for (Claim.AssessmentCue cue : c.cues()) {
                ObjectNode cueNode = evidence(cue.span(), text);
                cueNode.put("polarity", cue.polarity().label());
                cueNode.put("negated", cue.negated());
                cueNode.put("outcome", cue.outcome().orElse(null));
                cues.add(cueNode);
            }
        }
        return array;
    }

    private ArrayNode positions(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        String text = doc.text();
        for (Position p : doc.positions()) {
            ObjectNode node = array.addObject();
            node.set("holder", participant(p.holder(), text));
            node.put("stance", p.stance());
            node.set("cue", evidence(p.cue(), text));
            node.set("span", evidence(p.span(), text));
            node.put("phrase", p.phrase());
            ArrayNode issues = node.putArray("issues");
            p.issues().forEach(issues::add);
            node.put("sentence", p.sentence());
            date(node, p.since());
            node.set("evidence", evidence(p.evidence(), text));
        }
        return array;
    }

    private ArrayNode conflicts(AnalyzedArticle doc) {
        ArrayNode array = mapper.createArrayNode();
        for (AccountRelation r : doc.relations()) {
            ObjectNode node = array.addObject();
            node.put("relation", r.relation().label());
            node.put("event", r.event().isPresent() ? r.event().getAsInt() : null);
            node.put("episode", r.episode().orElse(null));
            node.put("reason", r.reason());
            node.put("first_side", r.firstSide());
            ArrayNode first = node.putArray("first_claims");
            r.first().forEach(first::add);
            node.put("second_side", r.secondSide());
            ArrayNode second = node.putArray("second_claims");
            r.second().forEach(second::add);
        }
        return array;
    }

    private static void date(ObjectNode node, EventDate d) {
        node.put("date", d.value());
        node.put("date_text", d.text());
        node.put("date_source", d.source().label());
    }

    private ObjectNode participant(Participant p, String text) {
        ObjectNode node = actor(p.actor());
        node.put("start", p.mention().start());
        node.put("end", p.mention().end());
        node.put("text", p.mention().of(text));
        return node;
    }

    private ObjectNode evidence(TextSpan span, String text) {
        ObjectNode node = mapper.createObjectNode();
        span(node, span);
        node.put("text", span.of(text));
        return node;
    }

    /** The actor of the first actor mention at each span, looked up once per document rather than per fact. */
    private static Map<TextSpan, Actor> actorsBySpan(AnalyzedArticle doc) {
        Map<TextSpan, Actor> bySpan = new HashMap<>();
        for (ActorMention m : doc.actors()) {
            bySpan.putIfAbsent(m.span(), m.actor());
        }
        return bySpan;
    }

    /** The actor of the mention at exactly this span, or null. */
    private ObjectNode actorAt(Map<TextSpan, Actor> actors, TextSpan span) {
        Actor a = actors.get(span);
        return a == null ? null : actor(a);
    }

    /** An actor as the contract writes it: code, country, agent, and what decided it. */
    ObjectNode actor(Actor a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", a.name());
        node.put("code", a.code());
        node.put("country", a.country());
        if (a.organisation() != null) {
            node.put("organisation", a.organisation());
        }
        node.put("agent", a.agent());
        if (a.secondary() != null) {
            node.put("secondary", a.secondary());
        }
        node.put("source", a.source());
        return node;
    }

    private static void span(ObjectNode node, TextSpan span) {
        node.put("start", span.start());
        node.put("end", span.end());
    }
}
