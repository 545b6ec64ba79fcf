package org.observer.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Observer's own settings (application.properties, prefix "observer"). */
@ConfigMapping(prefix = "observer")
public interface ObserverConfig {
    Demo demo();

    Reports reports();

    Results results();

    interface Results {
        /** How often an open results page asks whether its figures moved (results-refresh.js). */
        @WithDefault("30")
        int refreshSeconds();
    }

    interface Reports {
        /** How long after sending an observer may amend a report (a new version; the first stays). */
        @WithDefault("PT2H")
        java.time.Duration amendWindow();

        /** The most photos one report carries. */
        @WithDefault("5")
        int maxPhotos();

        /** The largest photo accepted, in bytes. */
        @WithDefault("10485760")
        long maxPhotoBytes();
    }

    interface Demo {
        /** Load the bundled demo election at start-up (on in %dev). */
        @WithDefault("false")
        boolean load();

        /** Classpath folder of the demo election's CSV files. */
        @WithDefault("demo/kz-2023")
        String directory();

        /** Generate official results and observers' copies of the protocols (DemoOfficialResults). */
        @WithDefault("true")
        boolean officialResults();

        /** How many generated incident reports the demo loads (3,000 in %dev). */
        @WithDefault("0")
        int reports();
    }
}
