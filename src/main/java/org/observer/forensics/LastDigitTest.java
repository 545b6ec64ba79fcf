package org.observer.forensics;

/**
 * Beber and Scacco (Political Analysis 20, 2012): the last digit of an honest vote count of 10 or
 * more is close to uniform, while people inventing numbers favour some digits. Pearson chi-square of
 * the last digits against 1/10 each, 9 degrees of freedom.
 *
 * <p>Minimum: {@value #MINIMUM_COUNTS} usable counts, so that each of the ten cells expects at least
 * 5, the usual condition for the chi-square approximation.
 */
public final class LastDigitTest {
    public static final int MINIMUM_COUNTS = 50;
    private static final double[] UNIFORM = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};

    private LastDigitTest() {
    }

    /** The vote counts to test, e.g. every party's votes at every station of a district; counts below 10 are left out. */
    public static DigitTest of(long... counts) {
        long[] digits = new long[10];
        for (long count : counts) {
            if (count >= DigitTest.SMALLEST_USABLE_COUNT) {
                digits[(int) (count % 10)]++;
            }
        }
        return DigitTest.of(digits, UNIFORM, MINIMUM_COUNTS);
    }
}
