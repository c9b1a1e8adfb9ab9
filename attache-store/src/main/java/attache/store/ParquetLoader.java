package attache.store;

import attache.model.AnalyzedArticle;
import attache.output.DocumentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores the articles of the Spark job's Parquet output ({@code docs/spark.md}) as if {@code ingest}
 * had analysed them: each document of {@code documents/} is read back into an article with its
 * analysis ({@link DocumentReader}) and stored through {@link KnowledgeBase#store}, in id order, one
 * transaction each, so stories and the search index follow; the rows of {@code rejected/} go to
 * the ingest log; then the merged events are rebuilt. Loading the same output again changes
 * nothing (every article is {@code unchanged}). DuckDB reads the Parquet files, from a local folder.
 */
public final class ParquetLoader {

    /** The Spark job's tables this reads, as folders of Parquet part files. */
    static final String DOCUMENTS = "documents";
    static final String REJECTED = "rejected";

    private final DocumentReader reader;

    public ParquetLoader(DocumentReader reader) {
        this.reader = reader;
    }

    public ParquetLoader() {
        this(new DocumentReader());
    }

    /**
     * How a load went.
     *
     * @param stored   articles by what storing them did
     * @param rejected rows of the rejected table logged
     * @param merged   merged events after the load
     */
    public record Report(Map<StoreResult, Integer> stored, int rejected, int merged) {
        public int count(StoreResult r) {
            return stored.getOrDefault(r, 0);
        }
    }

    /**
     * Loads the job's output folder into the store.
     *
     * @param stored told of each article stored, with what storing it did
     * @throws StoreException when the folder holds no documents table or a document cannot be read
     */
    public Report load(Path output, KnowledgeBase store, Consumer<String> stored) {
        Path documents = output.resolve(DOCUMENTS);
        if (partFiles(documents) == 0) {
            throw new StoreException("no Parquet files in " + documents + ": is " + output
                    + " the output folder of the Spark job?", null);
        }
        Map<StoreResult, Integer> tally = new EnumMap<>(StoreResult.class);
        int rejected = 0;
        try (Connection db = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, origin, document FROM read_parquet(" + glob(documents)
                    + ") ORDER BY id, origin")) {
                while (rs.next()) {
                    AnalyzedArticle doc = read(rs.getString("document"), rs.getString("origin"), documents);
                    StoreResult result = store.store(doc);
                    tally.merge(result, 1, Integer::sum);
                    stored.accept(doc.article().id() + " (" + result.name().toLowerCase(java.util.Locale.ROOT) + ")");
                }
            }
            Path rejections = output.resolve(REJECTED);
            if (partFiles(rejections) > 0) {
                try (ResultSet rs = st.executeQuery("SELECT source, reason FROM read_parquet(" + glob(rejections)
                        + ") ORDER BY source, reason")) {
                    while (rs.next()) {
                        store.logRejected(rs.getString("source"), rs.getString("reason"));
                        rejected++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the Parquet tables in " + output + ": " + e.getMessage(), e);
        }
        return new Report(tally, rejected, store.mergeEvents());
    }

    private AnalyzedArticle read(String document, String origin, Path table) {
        try {
            return reader.read(document, origin);
        } catch (IllegalArgumentException e) {
            throw new StoreException(table + ": " + e.getMessage(), e);
        }
    }

    /** A SQL string literal of the folder's Parquet files. */
    private static String glob(Path table) {
        return "'" + table.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''") + "'";
    }

    private static long partFiles(Path table) {
        if (!Files.isDirectory(table)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(table)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + table, e);
        }
    }
}
