package org.observer.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A read-only repeatable-read transaction on a connection of its own: every table of one export sees
 * the database as it was at one moment, and rows come through a server-side cursor (autocommit off
 * and a fetch size) so that no more than one batch is ever in memory.
 */
final class Snapshot implements AutoCloseable {
    static final int FETCH_SIZE = 1000;

    interface RowSink {
        void accept(Object[] values) throws IOException;
    }

    private final Connection connection;

    private Snapshot(Connection connection) {
        this.connection = connection;
    }

    static Snapshot open(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            return new Snapshot(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    interface RowHandler {
        void accept(ResultSet row) throws SQLException, IOException;
    }

    /** Hands each row's values to the sink; returns how many rows there were. */
    <R> long stream(TableQuery<R> table, RowSink sink) throws SQLException, IOException {
        return each(table.sql(), table.binder(), FETCH_SIZE, row -> sink.accept(table.values(table.reader().read(row))));
    }

    /** Reads a select through a cursor, {@code fetchSize} rows at a time (1 for rows holding photos). */
    long each(String sql, TableQuery.Binder binder, int fetchSize, RowHandler handler) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
