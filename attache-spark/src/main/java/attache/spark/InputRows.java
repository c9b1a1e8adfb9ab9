package attache.spark;

import attache.ingest.IngestResult;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.TextSpan;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles and rejections as {@link Schemas#INPUT} rows, so that the job can spread them over
 * partitions between reading the files and analysing them. The model's records are not
 * serialisable; a row carries every field of an {@link Article}, including an HTML page's layout.
 */
final class InputRows {

    private static final Map<String, BoilerplateKind> KINDS = new HashMap<>();

    static {
        for (BoilerplateKind k : BoilerplateKind.values()) {
            KINDS.put(k.label(), k);
        }
    }

    private InputRows() {
    }

    /** Each result as a row, converted as the task takes it (a static class: a task's closure must not capture the job). */
    static java.util.Iterator<Row> toRows(java.util.Iterator<IngestResult> results) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public Row next() {
                return toRow(results.next());
            }
        };
    }

    static Row toRow(IngestResult result) {
        if (result instanceof IngestResult.Rejected r) {
            return RowFactory.create(null, null, null, null, null, r.origin(), Seqs.of(List.of()), r.reason());
        }
        Article a = ((IngestResult.Parsed) result).article();
        List<Row> layout = new ArrayList<>();
        for (Boilerplate b : a.layout()) {
            layout.add(RowFactory.create(b.span().start(), b.span().end(), b.kind().label(), b.text()));
        }
        return RowFactory.create(a.id(), a.url(), a.published().toString(), a.title(), a.text(), a.origin(),
                Seqs.of(layout), null);
    }

    static IngestResult fromRow(Row row) {
        String origin = row.getAs("origin");
        String reason = row.getAs("reason");
        if (reason != null) {
            return new IngestResult.Rejected(origin, reason);
        }
        List<Boilerplate> layout = new ArrayList<>();
        for (Row b : row.<Row>getList(row.fieldIndex("layout"))) {
            layout.add(new Boilerplate(new TextSpan(b.getInt(0), b.getInt(1)), KINDS.get(b.getString(2)),
                    b.getString(3)));
        }
        return new IngestResult.Parsed(new Article(row.getAs("id"), row.getAs("url"),
                LocalDate.parse(row.<String>getAs("published")), row.getAs("title"), row.getAs("text"), origin,
                layout));
    }
}
