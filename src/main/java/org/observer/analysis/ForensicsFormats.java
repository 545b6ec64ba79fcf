package org.observer.analysis;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * Statistics as the forensics pages print them, always with a point ({z.fixed(2)} gives 3.52): the
 * same text sits in the data attributes the tests read, and a p-value of 0.0001 must not turn into
 * "0,0001" for one reader and a different number for another.
 */
@TemplateExtension
public class ForensicsFormats {
    private ForensicsFormats() {
    }

    static String fixed(double value, int digits) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** A share 0..1 as a percentage with two decimals. */
    static String percent(double share) {
        return fixed(100 * share, 2);
    }
}
