package org.observer.support;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.observer.election.ElectionDefinition;

/** The bundled demo election, which the app under test loads at each start (%test.observer.demo.load). */
public final class DemoData {
    public static final String CODE = "KZ-MAZHILIS-2023";
    public static final String DIRECTORY = "demo/kz-2023";

    private DemoData() {
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
