package org.observer.forensics;

import java.util.Optional;

/**
 * What a digit test found: how often each digit 0-9 occurred among the usable counts, how often it
 * was expected, and the chi-square test of the one against the other (9 degrees of freedom). With
 * fewer usable counts than {@code minimumCounts} the test is not run and the outcome says so: a
 * p-value on a handful of counts would look like a finding and be noise.
 *
 * @param observed how many usable counts had each digit, index = digit
 * @param expected how many were expected, index = digit (usable counts times the digit's probability)
 * @param chiSquare present only when the outcome is {@link Outcome#TESTED}
 */
public record DigitTest(Outcome outcome, int countsUsed, int minimumCounts, long[] observed, double[] expected,
        Optional<ChiSquare> chiSquare) {

    public enum Outcome {
        TESTED, NOT_ENOUGH_DATA
    }

    /** Counts below this have no second digit and a last digit that is not uniform: both tests leave them out. */
    public static final long SMALLEST_USABLE_COUNT = 10;

    static DigitTest of(long[] digitCounts, double[] probabilities, int minimumCounts) {
        long used = StationCounts.sum(digitCounts);
        double[] expected = new double[probabilities.length];
        for (int digit = 0; digit < probabilities.length; digit++) {
            expected[digit] = used * probabilities[digit];
        }
        boolean enough = used >= minimumCounts;
        return new DigitTest(enough ? Outcome.TESTED : Outcome.NOT_ENOUGH_DATA, (int) used, minimumCounts,
                digitCounts.clone(), expected,
                enough ? Optional.of(ChiSquare.pearson(digitCounts, probabilities)) : Optional.empty());
    }

    public boolean enoughData() {
        return outcome == Outcome.TESTED;
    }
}
