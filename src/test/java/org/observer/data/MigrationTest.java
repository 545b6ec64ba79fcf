package org.observer.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** The test profile cleans the schema at start: every migration has run from an empty database. */
@QuarkusTest
class MigrationTest {
    @Inject
    Flyway flyway;

    @Test
    void everyMigrationRanFromEmpty() throws IOException, URISyntaxException {
        long files;
        try (Stream<Path> migrations = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            files = migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).hasSize((int) files);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
