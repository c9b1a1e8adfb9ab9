package attache.search;

import attache.model.AnalyzedArticle;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Lucene index of article bodies and quotes in a folder. {@link #put} replaces everything an
 * article had; searches see every change at once (near-real-time), {@link #commit} makes them
 * durable. One instance per folder: Lucene's write lock refuses a second. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String[] QUERY_FIELDS = {SearchDocuments.TEXT, SearchDocuments.TITLE, SearchDocuments.SPEAKER};

    /** Order of hits: best score first, then article id, then body before quotes in text order. */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchDocuments.ARTICLE_ID, SortField.Type.STRING),
            new SortField(SearchDocuments.ORDINAL, SortField.Type.LONG));

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets;

    public SearchIndex(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
        this.analyzer = analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.snippets = new Snippets(analyzer);
    }

    /** English stemming for text fields; identifiers, kinds, codes and types kept exactly. */
    private static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SearchDocuments.ARTICLE_ID, keyword,
                SearchDocuments.KIND, keyword, SearchDocuments.ACTOR, keyword, SearchDocuments.TYPE, keyword));
    }

    /** Indexes an article, replacing whatever was indexed for its id. */
    public void put(AnalyzedArticle doc) throws IOException {
        List<Document> docs = SearchDocuments.of(doc);
        writer.updateDocuments(new Term(SearchDocuments.ARTICLE_ID, doc.article().id()), docs);
    }

    /** Removes an article's documents; nothing happens for an id not indexed. */
    public void delete(String articleId) throws IOException {
        writer.deleteDocuments(new Term(SearchDocuments.ARTICLE_ID, articleId));
    }

    /** Makes every change so far durable. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Whether any document of the article is indexed. */
    public boolean contains(String articleId) throws IOException {
        return count(new TermQuery(new Term(SearchDocuments.ARTICLE_ID, articleId))) > 0;
    }

    /** How many documents (bodies and quotes) are indexed. */
    public int documentCount() throws IOException {
        return count(new MatchAllDocsQuery());
    }

    /**
     * Documents matching a query in Lucene's syntax (words, "phrases", AND/OR/NOT, speaker:name,
     * title:word) over text, title and speaker, kept by the filter, best first. A blank query
     * matches every document the filter keeps; a query that does not parse is searched as plain
     * words.
     */
    public List<Hit> search(String query, SearchFilter filter, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        Query parsed = parse(query);
        Query full = filtered(parsed, filter);
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(full, limit, ORDER, true);
            Set<String> terms = terms(parsed);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, terms));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private Hit hit(Document d, float score, Set<String> terms) {
        String text = d.get(SearchDocuments.TEXT);
        return new Hit(d.get(SearchDocuments.ARTICLE_ID), d.get(SearchDocuments.KIND),
                snippets.best(SearchDocuments.TEXT, text == null ? "" : text, terms), score);
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(QUERY_FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("unreadable query: " + query, again);
            }
        }
    }

    private static Query filtered(Query query, SearchFilter filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filter.actor().ifPresent(a -> b.add(exact(SearchDocuments.ACTOR, a), BooleanClause.Occur.FILTER));
        filter.type().ifPresent(t -> b.add(exact(SearchDocuments.TYPE, t), BooleanClause.Occur.FILTER));
        if (filter.from().isPresent() || filter.to().isPresent()) {
            long from = filter.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = filter.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(SearchDocuments.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query exact(String field, String value) {
        return new TermQuery(new Term(field, value.trim().toUpperCase(Locale.ROOT)));
    }

    /** The analysed terms of the text field a query asks for, to pick the snippet. */
    private static Set<String> terms(Query query) {
        Set<Term> all = new HashSet<>();
        query.visit(QueryVisitor.termCollector(all));
        Set<String> out = new HashSet<>();
        for (Term t : all) {
            if (t.field().equals(SearchDocuments.TEXT)) {
                out.add(t.text());
            }
        }
        return out;
    }

    private int count(Query query) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
