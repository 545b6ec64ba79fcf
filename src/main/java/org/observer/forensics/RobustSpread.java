package org.observer.forensics;

import java.util.Arrays;

/**
 * Median and median absolute deviation (MAD) of a group of values, and the robust z-score of a value
 * against them: (x - median) / (1.4826 * MAD). The factor makes the scaled MAD equal the standard
 * deviation for normal data; unlike the mean and standard deviation, neither median nor MAD is
 * dragged along by the very outliers it is meant to find.
 *
 * @param scaledMad 1.4826 * MAD; 0 when at least half the values are equal, and then z is not defined
 */
public record RobustSpread(double median, double scaledMad, int values) {
    public static final double NORMAL_CONSISTENCY = 1.4826;

    /** NaN values are left out. */
    public static RobustSpread of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new RobustSpread(Double.NaN, Double.NaN, 0);
        }
        double median = medianOfSorted(sorted);
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        return new RobustSpread(median, NORMAL_CONSISTENCY * medianOfSorted(deviations), sorted.length);
    }

    /** NaN when the spread is zero or unknown: "far from the others" means nothing where they do not vary. */
    public double z(double value) {
        return scaledMad > 0 ? (value - median) / scaledMad : Double.NaN;
    }

    static double medianOfSorted(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
