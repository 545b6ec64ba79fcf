package org.observer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** The tests' database on the machine's PostgreSQL, or an embedded one where none runs. */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {
    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = LocalPostgres.ensure("127.0.0.1", 5432, "observer_test",
                Path.of(System.getProperty("java.io.tmpdir"), "observer-test-postgres"));
        return Map.of();
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
