package org.observer.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Observer's own settings (application.properties, prefix "observer"). */
@ConfigMapping(prefix = "observer")
public interface ObserverConfig {
    Demo demo();

    interface Demo {
        /** Load the bundled demo election at start-up (on in %dev). */
        @WithDefault("false")
        boolean load();

        /** Classpath folder of the demo election's CSV files. */
        @WithDefault("demo/kz-2023")
        String directory();
    }
}
