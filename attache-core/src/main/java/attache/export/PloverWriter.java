package attache.export;

import attache.model.Actor;
import attache.model.Event;
import attache.model.Participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PLOVER JSON lines: one record per event with the fields of the PLOVER manual's "Data Fields"
 * ({@code id}, {@code date}, {@code actor}, {@code event}, {@code recipient}, {@code mode}, …) plus
 * Attaché's own: the date as the text gave it and its precision, negation, modality, CAMEO code,
 * Goldstein value, counts and every mention as evidence. See {@code docs/exports.md}.
 */
public final class PloverWriter implements EventWriter {

    /** Codes that stand for no country: the PLOVER actor code is then the organisation's. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "MNC");

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void write(List<ExportEvent> events, Writer out) throws IOException {
        for (ExportEvent e : events) {
            out.write(mapper.writeValueAsString(record(e)));
            out.write('\n');
        }
    }

    ObjectNode record(ExportEvent e) {
        Event event = e.event();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", Long.toString(e.id()));
        node.put("date", GdeltDates.day(event.date(), e.dateAdded()).toString());
        node.set("actor", actors(e, Optional.of(event.source())));
        node.set("recipient", actors(e, event.target()));
        node.putArray("event").add(event.type().name());
        node.put("mode", event.mode().orElse(null));
        node.putArray("context");
        node.put("event_text", e.words(event.trigger()).orElse(null));
        node.put("quad_code", event.cameo().quadClass());
        node.set("event_loc", location(event));
        firstMention(e, node);
        node.put("coder", "attache");
        extras(e, node);
        return node;
    }

    private ArrayNode actors(ExportEvent e, Optional<Participant> participant) {
        ArrayNode array = mapper.createArrayNode();
        participant.ifPresent(p -> {
            Actor a = p.actor();
            ObjectNode node = array.addObject();
            boolean state = a.country() != null && !NON_STATE.contains(a.country());
            node.put("code", state || a.organisation() == null ? a.country() : a.organisation());
            node.put("sector", a.agent());
            node.put("entity_text", e.words(p.mention()).orElse(a.name()));
        });
        return array;
    }

    private ObjectNode location(Event event) {
        return event.location().map(place -> {
            ObjectNode node = mapper.createObjectNode();
            node.put("place_name", place.name());
            node.put("country_code3", place.country());
            return node;
        }).orElse(null);
    }

    /** text, text_info and cite_info from the first report's first mention. */
    private void firstMention(ExportEvent e, ObjectNode node) {
        Optional<ExportMention> first = e.mentions().stream().findFirst();
        node.put("text", first.map(ExportMention::evidence).orElse(null));
        ObjectNode info = node.putObject("text_info");
        first.ifPresent(m -> {
            info.put("sequence", m.sentence());
            info.put("start", m.charStart());
            info.put("end", m.charEnd());
        });
        ObjectNode cite = node.putObject("cite_info");
        cite.put("url", e.sourceUrl());
        cite.put("publisher", first.map(ExportMention::outlet).orElse(null));
        cite.put("language", "en");
        cite.put("coder", "attache");
    }

    /** Attaché's fields beyond PLOVER's. */
    private void extras(ExportEvent e, ObjectNode node) {
        Event event = e.event();
        node.put("date_value", event.date().value());
        node.put("date_precision", GdeltDates.precision(event.date().value()));
        node.put("date_source", event.date().source().label());
        node.put("negated", event.negated());
        node.put("modality", event.modality().label());
        node.put("cameo", event.cameo().code());
        node.put("goldstein", event.cameo().goldstein());
        node.put("confidence", event.confidence());
        node.put("num_mentions", e.numMentions());
        node.put("num_sources", e.numSources());
        node.put("num_articles", e.numArticles());
        ArrayNode evidence = node.putArray("evidence");
        for (ExportMention m : e.mentions()) {
            ObjectNode item = evidence.addObject();
            item.put("article_id", m.articleId());
            item.put("url", m.url());
            item.put("outlet", m.outlet());
            item.put("published", m.published().toString());
            item.put("sentence", m.sentence());
            item.put("start", m.charStart());
            item.put("end", m.charEnd());
            item.put("confidence", m.confidence());
            item.put("text", m.evidence());
        }
    }
}
