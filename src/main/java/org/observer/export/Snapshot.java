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

    /** Hands each row's values to the sink; returns how many rows there were. */
    <R> long stream(TableQuery<R> table, RowSink sink) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(table.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            table.binder().bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(table.values(table.reader().read(rows)));
                    count++;
                }
            }
        }
        return count;
    }

    /** Runs any other read in the same snapshot. */
    <T> T read(String sql, TableQuery.Binder binder, TableQuery.Reader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
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
