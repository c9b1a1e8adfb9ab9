package attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch of rows for one table, bound positionally: {@code Rows.into(db, "times", 9)} inserts into
 * {@code times} nine values a row, each {@link #add} is one row in column order, and {@link #flush}
 * sends them. Rows go in multi-row {@code INSERT … VALUES (…), (…)} statements of up to
 * {@link #CHUNK} rows: DuckDB's JDBC driver runs a JDBC batch one statement per row, which made
 * writing a hundred thousand merged-event rows take minutes.
 */
final class Rows implements AutoCloseable {

    /** Rows per statement: large enough to amortise a statement, small enough for the driver's parameter limit. */
    static final int CHUNK = 256;

    private final Connection db;
    private final String table;
    private final int columns;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;

    private Rows(Connection db, String table, int columns) {
        this.db = db;
        this.table = table;
        this.columns = columns;
    }

    static Rows into(Connection db, String table, int columns) throws SQLException {
        return new Rows(db, table, columns);
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        pending.add(values.clone());
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Binds values to ? marks in order; null binds SQL NULL and dates bind as SQL dates. */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        bind(ps, 0, values);
    }

    private static void bind(PreparedStatement ps, int offset, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int mark = offset + i + 1;
            if (v == null) {
                ps.setNull(mark, Types.NULL);
            } else if (v instanceof LocalDate d) {
                ps.setDate(mark, java.sql.Date.valueOf(d));
            } else {
                ps.setObject(mark, v);
            }
        }
    }

    /** Sends the rows added so far, in the order they were added. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() == CHUNK) {
            if (full == null) {
                full = db.prepareStatement(insert(CHUNK));
            }
            send(full);
        } else {
            try (PreparedStatement part = db.prepareStatement(insert(pending.size()))) {
                send(part);
            }
        }
    }

    private void send(PreparedStatement ps) throws SQLException {
        for (int r = 0; r < pending.size(); r++) {
            bind(ps, r * columns, pending.get(r));
        }
        ps.executeUpdate();
        pending.clear();
    }

    private String insert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
