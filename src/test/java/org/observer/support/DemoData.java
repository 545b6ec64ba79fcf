package org.observer.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.observer.demo.DemoDataLoader;
import org.observer.election.Election;
import org.observer.election.ElectionDefinition;

/** The bundled demo election, loaded once per database (the tests' schema starts empty). */
@ApplicationScoped
public class DemoData {
    public static final String CODE = "KZ-MAZHILIS-2023";
    public static final String DIRECTORY = "demo/kz-2023";

    @Inject
    DemoDataLoader loader;

    public void ensureLoaded() {
        if (!isLoaded()) {
            loader.load(DIRECTORY);
        }
    }

    @Transactional
    boolean isLoaded() {
        return Election.findByCode(CODE).isPresent();
    }

    /** The demo election's CSV files, opened afresh. */
    public static Map<String, InputStream> files() {
        Map<String, InputStream> files = new HashMap<>();
        for (String name : ElectionDefinition.FILES) {
            files.put(name, DemoData.class.getClassLoader().getResourceAsStream(DIRECTORY + "/" + name));
        }
        return files;
    }
}
