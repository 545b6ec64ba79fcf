package org.observer.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.observer.accreditation.AccreditationImport;
import org.observer.checklist.ChecklistImport;
import org.observer.election.Election;
import org.observer.election.ElectionDefinition;
import org.observer.election.ElectionImport;
import org.observer.report.CategoryImport;
import org.observer.web.ObserverConfig;

/**
 * Loads the bundled demo election (Kazakhstan, 19 March 2023) through the same imports an admin
 * uses. Both imports are idempotent, so a restart finds the data as it was and changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    ObserverConfig config;
    @Inject
    ElectionImport electionImport;
    @Inject
    AccreditationImport accreditationImport;
    @Inject
    CategoryImport categoryImport;
    @Inject
    DemoReports demoReports;
    @Inject
    ChecklistImport checklistImport;
    @Inject
    DemoOfficialResults demoOfficialResults;

    void onStart(@Observes StartupEvent event) {
        if (config.demo().load()) {
            load(config.demo().directory());
        }
    }

    /** Imports the election and the accreditations in the classpath folder; returns the election's code. */
    public String load(String directory) {
        Map<String, InputStream> files = new HashMap<>();
        try {
            for (String name : ElectionDefinition.FILES) {
                InputStream content = resource(directory + "/" + name);
                if (content != null) {
                    files.put(name, content);
                }
            }
            ElectionImport.Result result = electionImport.run(files);
            Election election = Election.findByCode(result.electionCode()).orElseThrow();
            try (InputStream accreditations = resource(directory + "/" + AccreditationImport.FILE)) {
                if (accreditations != null) {
                    accreditationImport.run(election, accreditations);
                }
            }
            try (InputStream categories = resource(directory + "/" + CategoryImport.FILE)) {
                if (categories != null) {
                    categoryImport.run(election, categories);
                }
            }
            try (InputStream checklist = resource(directory + "/" + ChecklistImport.FILE)) {
                if (checklist != null) {
                    checklistImport.run(election, checklist);
                }
            }
            if (config.demo().officialResults()) {
                long started = System.nanoTime();
                int protocols = demoOfficialResults.generate(election, 20230319L);
                LOG.infof("Demo official results: %d protocols written in %d ms", protocols,
                        (System.nanoTime() - started) / 1_000_000);
            }
            if (config.demo().reports() > 0) {
                int added = demoReports.generate(election, config.demo().reports(), 20230319L);
                LOG.infof("Demo reports: %d generated, %d added now", config.demo().reports(), added);
            }
            LOG.infof("Demo data in %s is loaded", directory);
            return result.electionCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (InputStream content : files.values()) {
                try {
                    content.close();
                } catch (IOException ignored) {
                    // a classpath resource: nothing to recover
                }
            }
        }
    }

    private static InputStream resource(String path) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    }
}
