package org.observer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tests' database on the machine's PostgreSQL, or an embedded one where none runs. Its name
 * is observer_test, or OBSERVER_TEST_DATABASE's, so that two checkouts can run their tests at once.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {
    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        String database = System.getenv().getOrDefault("OBSERVER_TEST_DATABASE", "observer_test");
        postgres = LocalPostgres.ensure("127.0.0.1", 5432, database,
                Path.of(System.getProperty("java.io.tmpdir"), "observer-test-postgres"));
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
