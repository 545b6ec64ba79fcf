package org.observer.forensics;

/**
 * Mebane's second-digit Benford test (2BL): in counts of 10 or more the second digit d follows
 * P(d) = sum over k = 1..9 of log10(1 + 1 / (10k + d)), from 0.120 for 0 down to 0.085 for 9, mean
 * 4.187. Pearson chi-square against those probabilities (9 degrees of freedom) and the observed mean
 * second digit. Mebane reads departures in both directions as worth a look, and also notes that
 * honest counts from some kinds of elections depart from 2BL too: the test points, it does not judge.
 *
 * <p>Minimum: 59 usable counts, so that the rarest digit (9, P = 0.0850)
 * expects at least 5: 5 / 0.0850 = 58.8.
 */
public final class SecondDigitTest {
    /** P(second digit = d), index = d; private because an array constant could be changed by anyone. */
    private static final double[] BENFORD_PROBABILITIES = benfordProbabilities();
    public static final double BENFORD_MEAN = mean(BENFORD_PROBABILITIES);
    public static final int MINIMUM_COUNTS = (int) Math.ceil(5 / BENFORD_PROBABILITIES[9]);

    private SecondDigitTest() {
    }

    /** Benford's probability of the second digit {@code digit}. */
    public static double benfordProbability(int digit) {
        return BENFORD_PROBABILITIES[digit];
    }

    /** The test and, beside it, the observed mean second digit (NaN when no count is usable). */
    public record Result(DigitTest test, double observedMean) {
        public double benfordMean() {
            return BENFORD_MEAN;
        }
    }

    /** Counts below 10 have no second digit and are left out. */
    public static Result of(long... counts) {
        long[] digits = new long[10];
        for (long count : counts) {
            if (count >= DigitTest.SMALLEST_USABLE_COUNT) {
                digits[secondDigit(count)]++;
            }
        }
        long used = 0;
        long digitSum = 0;
        for (int digit = 0; digit < 10; digit++) {
            used += digits[digit];
            digitSum += digit * digits[digit];
        }
        return new Result(DigitTest.of(digits, BENFORD_PROBABILITIES, MINIMUM_COUNTS),
                used == 0 ? Double.NaN : (double) digitSum / used);
    }

    static int secondDigit(long count) {
        long value = count;
        while (value >= 100) {
            value /= 10;
        }
        return (int) (value % 10);
    }

    private static double[] benfordProbabilities() {
        double[] probabilities = new double[10];
        for (int digit = 0; digit < 10; digit++) {
            for (int k = 1; k <= 9; k++) {
                probabilities[digit] += Math.log10(1 + 1.0 / (10 * k + digit));
            }
        }
        return probabilities;
    }

    private static double mean(double[] probabilities) {
        double mean = 0;
        for (int digit = 0; digit < probabilities.length; digit++) {
            mean += digit * probabilities[digit];
        }
        return mean;
    }
}
