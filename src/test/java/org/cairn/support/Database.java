package org.cairn.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test database directly, to prove what a request did or did not write. */
public final class Database {

    private Database() {
    }

    /** Rows of every table a hazard area write touches, as one comparable fingerprint. */
    public static String hazardAreaFingerprint(AgroalDataSource dataSource) {
        return single(dataSource, """
                SELECT (SELECT count(*) FROM hazard_area) || '/' || (SELECT count(*) FROM survey_point)
                    || '/' || (SELECT coalesce(sum(version), 0) FROM hazard_area)
                    || '/' || (SELECT count(*) FROM hazard_area WHERE deleted_at IS NOT NULL)""");
    }

    /**
     * Every row of every table of Cairn's schema as text (bytea as hex), to search for what must not
     * be stored in the clear.
     */
    public static String everything(AgroalDataSource dataSource) {
        return single(dataSource, """
                SELECT string_agg(query_to_xml(format('SELECT string_agg(t::text, chr(10)) FROM cairn.%I t',
                                                      table_name), true, false, '')::text, E'\n')
                FROM information_schema.tables WHERE table_schema = 'cairn' AND table_type = 'BASE TABLE'""");
    }

    /** Runs a statement that returns no rows, such as DDL a test needs for itself. */
    public static void execute(AgroalDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String single(AgroalDataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
