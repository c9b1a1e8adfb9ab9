package attache.store;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Outlet;
import attache.output.DocumentWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The event knowledge base: one DuckDB file, {@code <dir>/attache.duckdb}, holding analysed articles
 * and their facts (schema in {@code docs/store.md}). Each article is stored in one transaction, so a
 * process killed mid-batch leaves whole articles or none, and storing is idempotent: the same article
 * again writes nothing, a changed one has its old facts replaced.
 *
 * <p>Not thread-safe: one instance is the one writer; analyse on worker threads and store from one.
 */
public final class ArticleStore implements AutoCloseable {

    public static final String FILE_NAME = "attache.duckdb";

    private final Connection db;
    private final Clock clock;
    private final DocumentWriter documents = new DocumentWriter();
    private final StoreQueries queries;

    private ArticleStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.queries = new StoreQueries(db);
    }

    /** Opens the store in {@code dir} for writing, creating the directory and the tables if absent. */
    public static ArticleStore open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that timestamps the ingest log. */
    public static ArticleStore open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Connection db = connect(dir.resolve(FILE_NAME), new Properties());
            try {
                Schema.create(db);
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
            return new ArticleStore(db, clock);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open the store in " + dir, e);
        }
    }

    /** Opens an existing store for queries only; other read-only openers may share it. */
    public static ArticleStore openReadOnly(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store in " + dir + " (run attache ingest first)", null);
        }
        try {
            Properties props = new Properties();
            props.setProperty("duckdb.read_only", "true");
            Connection db = connect(file, props);
            try {
                Schema.check(db);
            } catch (SQLException e) {
                db.close();
                throw e;
            }
            return new ArticleStore(db, Clock.systemUTC());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dir, e);
        }
    }

    /**
     * Another connection to this store's database, for queries from another thread (a connection is
     * not shared between threads). It sees what this store has committed; close it before this one.
     */
    public ArticleStore reader() {
        try {
            return new ArticleStore(((org.duckdb.DuckDBConnection) db).duplicate(), clock);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to the store", e);
        }
    }

    /**
     * Stores one analysed article in one transaction: inserted when new, left alone when an article
     * with its id, content hash and output document is there, its old facts replaced when the input
     * or its analysis differs (a newer coder's document replaces an older one's).
     */
    public StoreResult store(AnalyzedArticle doc) {
        return store(doc, result -> { });
    }

    /**
     * As {@link #store(AnalyzedArticle)}, and runs {@code also} in the same transaction after the
     * article is written (not when it is unchanged), so what is derived from it (its story) commits
     * or rolls back with it.
     */
    StoreResult store(AnalyzedArticle doc, AfterStore also) {
        Article article = doc.article();
        String hash = ContentHash.of(article);
        String document = documents.toJsonLine(doc);
        Optional<String[]> stored = storedVersion(article.id());
        // Unchanged means the same input analysed the same way: a re-analysis by a newer coder replaces it.
        if (stored.isPresent() && stored.get()[0].equals(hash) && document.equals(stored.get()[1])) {
            return StoreResult.UNCHANGED;
        }
        StoreResult result = stored.isPresent() ? StoreResult.REPLACED : StoreResult.INSERTED;
        inTransaction("store " + article.id(), () -> {
            FactWriter facts = new FactWriter(db);
            if (result == StoreResult.REPLACED) {
                facts.delete(article.id());
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                    ps.setString(1, article.id());
                    ps.executeUpdate();
                }
            }
            insertArticle(doc, hash, document);
            facts.insert(doc);
            also.run(result);
        });
        return result;
    }

    /** Whether this very article (same id, same content) is stored, so analysing it again can be skipped. */
    public boolean isStored(Article article) {
        return storedHash(article.id()).map(ContentHash.of(article)::equals).orElse(false);
    }

    /**
     * Records an input that gave no article. The same origin with the same reason is logged once, so
     * re-running a batch changes no count.
     */
    public void logRejected(String origin, String reason) {
        inTransaction("log " + origin, () -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO ingest_log (origin, reason, logged_at) "
                    + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ingest_log WHERE origin = ? AND reason = ?)")) {
                Rows.bind(ps, origin, reason, Timestamp.valueOf(LocalDateTime.now(clock)), origin, reason);
                ps.executeUpdate();
            }
        });
    }

    /** Rows per table, every table of the schema, in schema order. */
    public Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = db.createStatement()) {
            for (String table : Schema.TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count rows", e);
        }
        return counts;
    }

    /** The ingest log in the order it was written. */
    public List<IngestLogEntry> ingestLog() {
        return queries.ingestLog();
    }

    /** Coded events matching every filter of the query, by date, article and position. */
    public List<EventRow> events(EventQuery query) {
        return queries.events(query);
    }

    /** Per-day counts and events of an actor (code prefix), or of it with another. */
    public List<TimelineDay> timeline(String actor, Optional<String> with) {
        return queries.timeline(actor, with);
    }

    /**
     * The article's output document, exactly as {@code attache process} writes it
     * ({@link DocumentWriter}), or empty when no article has this id or it was stored before documents
     * were kept.
     */
    public Optional<String> document(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT document FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    /** Quotes whose speaker's name contains {@code speaker} and whose speaker's actor code starts with {@code actorCode}. */
    public List<QuoteRow> quotes(Optional<String> speaker, Optional<String> actorCode) {
        return queries.quotes(speaker, actorCode);
    }

    /**
     * Stored positions: {@code actor} a holder's code prefix or country, {@code issue} one issue of the
     * topic lexicon, {@code article} an article id; by the date each is held as of.
     */
    public List<PositionRow> positions(Optional<String> actor, Optional<String> issue, Optional<String> article) {
        return new PositionQueries(db).positions(actor, issue, article);
    }

    /** Stored claims matching every filter of the query, by date, article and position. */
    public List<ClaimRow> claims(ClaimQuery query) {
        return new ClaimQueries(db).claims(query);
    }

    /**
     * Conflicts and agreements between accounts: {@code scope} "article" as each article found them,
     * "store" computed over every stored claim of one merged event (run after merging), both when
     * empty; {@code actor} a side's code prefix; {@code relation} conflict or agreement.
     */
    public List<ConflictRow> conflicts(Optional<String> scope, Optional<String> actor, Optional<String> relation) {
        return new ClaimQueries(db).relations(scope, actor, relation);
    }

    /** Totals, the most active actors and dyads, and events per QuadClass per month. */
    public StoreStats stats() {
        return queries.stats(tableCounts());
    }

    /**
     * The store's connection, for the code that fills the merge tables ({@code stories},
     * {@code merged_events}) and keeps indexes in step. Owned by the store: do not close it.
     */
    public Connection connection() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }

    /**
     * The driver is called directly rather than through DriverManager, whose service lookup misses
     * the driver under some class loaders (test forks with a manifest-only class path).
     */
    private static Connection connect(Path file, Properties props) throws SQLException {
        return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), props);
    }

    /**
     * The stored content hash and output document of an article; the hash is "" for an article
     * stored before its output document was kept, so that it counts as changed and is analysed
     * again, which fills the document in.
     */
    private Optional<String[]> storedVersion(String id) {
        return stored(id, "SELECT CASE WHEN document IS NULL THEN '' ELSE content_hash END, document FROM articles"
                + " WHERE id = ?", 2);
    }

    /** The stored content hash alone, as {@link #storedVersion}: the check before analysis needs no document. */
    private Optional<String> storedHash(String id) {
        return stored(id, "SELECT CASE WHEN document IS NULL THEN '' ELSE content_hash END FROM articles WHERE id = ?", 1)
                .map(v -> v[0]);
    }

    private Optional<String[]> stored(String id, String sql, int columns) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] values = new String[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = rs.getString(c + 1);
                }
                return Optional.of(values);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    private void insertArticle(AnalyzedArticle doc, String hash, String document) throws SQLException {
        Article a = doc.article();
        try (Rows rows = Rows.into(db, "articles", 13)) {
            rows.add(a.id(), a.url(), Outlet.of(a.url()), a.title(), a.published(), hash, a.origin(), a.text(),
                    doc.body().text(), doc.dateline().map(d -> d.place()).orElse(null),
                    doc.dateline().map(d -> d.date()).orElse(null), null, document);
            rows.flush();
        }
    }

    /** Work done in the transaction that stores an article, told whether it was inserted or replaced. */
    interface AfterStore {
        void run(StoreResult result) throws SQLException;
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it commits, or none. */
    void inTransaction(String what, SqlWork work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }
}
