package org.observer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inserts rows keyed by a natural key, or updates the row with that key, and touches nothing that
 * is already equal: importing the same file twice changes nothing. Table and column names come
 * from our code, never from the input.
 */
public final class Upsert {
    private final String table;
    private final List<String> keys;
    private final List<String> values;

    public Upsert(String table, List<String> keys, List<String> values) {
        this.table = table;
        this.keys = keys;
        this.values = values;
    }

    /** Writes the rows (key values first, then the other values) and returns how many changed. */
    public int write(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> columns = new java.util.ArrayList<>(keys);
        columns.addAll(values);
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " on conflict (" + String.join(", ", keys) + ")"
                + (values.isEmpty() ? " do nothing" : " do update set "
                        + values.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                        + " where (" + values.stream().map(c -> table + "." + c).collect(Collectors.joining(", "))
                        + ") is distinct from ("
                        + values.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")) + ")");
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == 1000) {
                    changed += sum(statement.executeBatch());
                    pending = 0;
                }
            }
            changed += sum(statement.executeBatch());
        }
        return changed;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    /** Maps the first column of the query's rows, as text, to the second, an id. */
    public static Map<String, Long> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return ids;
    }
}
