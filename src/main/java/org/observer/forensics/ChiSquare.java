package org.observer.forensics;

/**
 * Pearson's chi-square goodness-of-fit statistic with its p-value, the upper tail of the chi-square
 * distribution: the chance of a statistic at least this large if the counts followed the expected
 * proportions. A small p-value says the counts are unlikely under that expectation, not why.
 */
public record ChiSquare(double statistic, int degreesOfFreedom, double pValue) {

    /**
     * Sum over cells of (observed - expected)^2 / expected, with expected = total * proportion and
     * cells - 1 degrees of freedom (the proportions are given, nothing is estimated from the data).
     */
    public static ChiSquare pearson(long[] observed, double[] proportions) {
        if (observed.length != proportions.length || observed.length < 2) {
            throw new IllegalArgumentException("needs as many proportions as cells, at least two");
        }
        for (double proportion : proportions) {
            if (!(proportion > 0)) {
                throw new IllegalArgumentException("every cell needs a positive expected proportion");
            }
        }
        long total = StationCounts.sum(observed);
        double statistic = 0;
        for (int i = 0; i < observed.length; i++) {
            double expected = total * proportions[i];
            double difference = observed[i] - expected;
            statistic += difference * difference / expected;
        }
        int degreesOfFreedom = observed.length - 1;
        return new ChiSquare(statistic, degreesOfFreedom, upperTail(statistic, degreesOfFreedom));
    }

    /** P(X >= x) for X chi-square with the given degrees of freedom: Q(df / 2, x / 2). */
    public static double upperTail(double x, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
        return RegularizedGamma.upper(degreesOfFreedom / 2.0, Math.max(0, x) / 2);
    }
}
