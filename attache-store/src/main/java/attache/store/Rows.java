package attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;

/**
 * A batch of rows for one table, bound positionally: {@code Rows.into(db, "times", 9)} prepares
 * {@code INSERT INTO times VALUES (?, …)}, each {@link #add} is one row in column order, and
 * {@link #flush} sends them.
 */
final class Rows implements AutoCloseable {

    private final PreparedStatement insert;
    private final int columns;
    private int pending;

    private Rows(PreparedStatement insert, int columns) {
        this.insert = insert;
        this.columns = columns;
    }

    static Rows into(Connection db, String table, int columns) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(columns, "?"));
        return new Rows(db.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")"), columns);
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        bind(insert, values);
        insert.addBatch();
        pending++;
    }

    /** Binds values to ? marks in order; null binds SQL NULL and dates bind as SQL dates. */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof LocalDate d) {
                ps.setDate(i + 1, java.sql.Date.valueOf(d));
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Sends the rows added so far. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
