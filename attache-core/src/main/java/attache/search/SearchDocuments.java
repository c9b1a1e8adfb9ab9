package attache.search;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Event;
import attache.model.Quote;
import attache.model.Sentence;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Lucene documents of one article: one for its body, one per quote. Every document carries
 * the article's actor codes, event types and publication day, so the filters apply to quotes too.
 */
final class SearchDocuments {

    static final String ARTICLE_ID = "article_id";
    static final String KIND = "kind";
    static final String ORDINAL = "ordinal";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SPEAKER = "speaker";
    static final String ACTOR = "actor";
    static final String TYPE = "type";
    static final String PUBLISHED = "published";

    static final String BODY = "body";
    static final String QUOTE = "quote";

    private SearchDocuments() {
    }

    static List<Document> of(AnalyzedArticle doc) {
        Set<String> actors = actorCodes(doc);
        Set<String> types = eventTypes(doc);
        List<Document> out = new ArrayList<>();
        Document body = common(doc, BODY, 0, actors, types);
        body.add(new TextField(TEXT, bodyText(doc), Field.Store.YES));
        if (doc.article().title() != null) {
            body.add(new TextField(TITLE, doc.article().title(), Field.Store.YES));
        }
        out.add(body);
        int ordinal = 1;
        for (Quote q : doc.quotes()) {
            Document quote = common(doc, QUOTE, ordinal++, actors, types);
            quote.add(new TextField(TEXT, q.text(), Field.Store.YES));
            q.speaker().ifPresent(s -> quote.add(new TextField(SPEAKER, s.name(), Field.Store.YES)));
            out.add(quote);
        }
        return out;
    }

    private static Document common(AnalyzedArticle doc, String kind, int ordinal, Set<String> actors,
                                   Set<String> types) {
        Document d = new Document();
        String id = doc.article().id();
        d.add(new StringField(ARTICLE_ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(id)));
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new NumericDocValuesField(ORDINAL, ordinal));
        long day = doc.article().published().toEpochDay();
        d.add(new LongPoint(PUBLISHED, day));
        d.add(new StoredField(PUBLISHED, day));
        actors.forEach(a -> d.add(new StringField(ACTOR, a, Field.Store.NO)));
        types.forEach(t -> d.add(new StringField(TYPE, t, Field.Store.NO)));
        return d;
    }

    /**
     * The body as its sentences, one a line, so a snippet is a sentence as the pipeline split it;
     * the body text without boilerplate when the article was not parsed.
     */
    static String bodyText(AnalyzedArticle doc) {
        if (doc.sentences().isEmpty()) {
            return doc.body().text();
        }
        StringBuilder sb = new StringBuilder();
        for (Sentence s : doc.sentences()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(s.span().of(doc.text()).replace('\n', ' ').strip());
        }
        return sb.toString();
    }

    /** Every actor's full code and its country or organisation alone, upper case. */
    static Set<String> actorCodes(AnalyzedArticle doc) {
        Set<String> codes = new TreeSet<>();
        for (ActorMention m : doc.actors()) {
            addActor(codes, m.actor());
        }
        for (Event e : doc.events()) {
            addActor(codes, e.source().actor());
            e.target().ifPresent(t -> addActor(codes, t.actor()));
        }
        return codes;
    }

    private static void addActor(Set<String> codes, Actor a) {
        for (String code : new String[] {a.code(), a.country(), a.organisation()}) {
            if (code != null && !code.isEmpty()) {
                codes.add(code.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** PLOVER types, CAMEO codes and CAMEO roots of the article's events. */
    static Set<String> eventTypes(AnalyzedArticle doc) {
        Set<String> types = new TreeSet<>();
        for (Event e : doc.events()) {
            types.add(e.type().name());
            types.add(e.cameo().code());
            types.add(e.cameo().rootCode());
        }
        return types;
    }
}
