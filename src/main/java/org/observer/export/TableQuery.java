package org.observer.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One table of an export: the select, its parameters, how a row is read and which columns go out.
 *
 * @param name the sheet's name in XLSX (at most 31 characters)
 */
public record TableQuery<R>(String name, String sql, Binder binder, Reader<R> reader, List<Column<R>> columns) {

    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    public interface Reader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** A table whose columns are the select's own, as text, numbers and booleans: for CSV files of a pack. */
    static TableQuery<Object[]> plain(String name, String sql, Binder binder, String... columns) {
        List<Column<Object[]>> list = new java.util.ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            int index = i;
            list.add(Column.of(columns[i], Column.Kind.TEXT, Column.Audience.ORGANISATION, row -> row[index]));
        }
        return new TableQuery<>(name, sql, binder, row -> {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getObject(i + 1);
            }
            return values;
        }, List.copyOf(list));
    }

    /** The values of one row, in the order of the columns. */
    Object[] values(R row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(row);
        }
        return values;
    }
}
