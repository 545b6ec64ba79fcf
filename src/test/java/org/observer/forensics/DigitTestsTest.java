package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DigitTestsTest {

    @Test
    void lastDigitsSpreadEvenlyFitPerfectly() {
        // 10..59: five of each last digit; 3 and 7 are below 10 and left out
        long[] counts = LongStream.concat(LongStream.of(3, 7), LongStream.rangeClosed(10, 59)).toArray();
        DigitTest test = LastDigitTest.of(counts);
        assertThat(test.outcome()).isEqualTo(DigitTest.Outcome.TESTED);
        assertThat(test.countsUsed()).isEqualTo(50);
        assertThat(test.observed()).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        assertThat(test.chiSquare().orElseThrow().statistic()).isCloseTo(0, within(1e-12));
        assertThat(test.chiSquare().orElseThrow().pValue()).isCloseTo(1, within(1e-12));
    }

    /** By hand: 50 counts all ending in 7; expected 5 per digit: 9 * 25/5 + 45^2/5 = 45 + 405 = 450. */
    @Test
    void lastDigitsAllTheSameAreFarFromUniform() {
        long[] counts = LongStream.range(0, 50).map(i -> 17 + 10 * i).toArray();
        ChiSquare chiSquare = LastDigitTest.of(counts).chiSquare().orElseThrow();
        assertThat(chiSquare.statistic()).isCloseTo(450, within(1e-9));
        assertThat(chiSquare.degreesOfFreedom()).isEqualTo(9);
        assertThat(chiSquare.pValue()).isLessThan(1e-80);
    }

    /**
     * Published: R's chisq.test on how often each digit occurs among the digits of pi computed to
     * 2,000 places (Rmpfr): 182 212 207 189 195 205 200 198 202 211 for 0..9, printed as "X-squared =
     * 4.0825, df = 9, p-value = 0.9059" (A. Bogdanowicz's worksheet "Chi-square test for uniformity of
     * digits in decimal expansions"; {@code chisq.test(c(182, 212, 207, 189, 195, 205, 200, 198, 202, 211))}
     * prints the same in any R). Beber and Scacco (2012) give their results as figures and p-values, not
     * the digit counts that a test could repeat. Here the same counts are the last digits of vote counts.
     */
    @Test
    void lastDigitsOfPiMatchRsChiSquareTest() {
        long[] times = {182, 212, 207, 189, 195, 205, 200, 198, 202, 211};
        long[] counts = LongStream.range(0, 10).flatMap(digit -> LongStream.range(0, times[(int) digit])
                .map(i -> 10 * (1 + i) + digit)).toArray();
        DigitTest test = LastDigitTest.of(counts);
        assertThat(test.countsUsed()).isEqualTo(2001);
        ChiSquare chiSquare = test.chiSquare().orElseThrow();
        assertThat(chiSquare.statistic()).isCloseTo(4.0825, within(5e-5));
        assertThat(chiSquare.degreesOfFreedom()).isEqualTo(9);
        assertThat(chiSquare.pValue()).isCloseTo(0.9059, within(5e-5));
    }

    @Test
    void tooFewUsableCountsIsNotEnoughDataNotANumber() {
        long[] counts = LongStream.concat(LongStream.range(0, 10), LongStream.range(10, 59)).toArray();
        DigitTest test = LastDigitTest.of(counts);
        assertThat(test.countsUsed()).isEqualTo(49);
        assertThat(test.outcome()).isEqualTo(DigitTest.Outcome.NOT_ENOUGH_DATA);
        assertThat(test.enoughData()).isFalse();
        assertThat(test.chiSquare()).isEmpty();
        assertThat(test.minimumCounts()).isEqualTo(50);
    }

    /**
     * Published: the second-digit Benford probabilities as tabled by Mebane ("Election Forensics: Vote
     * Counts and Benford's Law", 2006, table 1) and Nigrini (Benford's Law, 2012, table 5.1).
     */
    @Test
    void benfordSecondDigitProbabilitiesMatchThePublishedTable() {
        double[] published = {0.11968, 0.11389, 0.10882, 0.10433, 0.10031, 0.09668, 0.09337, 0.09035, 0.08757, 0.08500};
        for (int digit = 0; digit < 10; digit++) {
            assertThat(SecondDigitTest.benfordProbability(digit)).as("digit " + digit).isCloseTo(published[digit], within(5e-6));
        }
        assertThat(SecondDigitTest.BENFORD_MEAN).isCloseTo(4.187, within(5e-4));
        assertThat(SecondDigitTest.MINIMUM_COUNTS).isEqualTo(59);
    }

    @Test
    void secondDigitIsTheDigitAfterTheFirst() {
        assertThat(SecondDigitTest.secondDigit(10)).isEqualTo(0);
        assertThat(SecondDigitTest.secondDigit(47)).isEqualTo(7);
        assertThat(SecondDigitTest.secondDigit(123)).isEqualTo(2);
        assertThat(SecondDigitTest.secondDigit(98_765)).isEqualTo(8);
    }

    /** By hand: all n counts in one cell of probability p give n(1 - p)/p; here 100 * 0.88032 / 0.11968. */
    @Test
    void secondDigitsAllZeroGiveTheHandComputedStatistic() {
        long[] counts = LongStream.range(0, 100).map(i -> 10 * (1 + i % 9)).toArray(); // 10, 20, ..., 90
        SecondDigitTest.Result result = SecondDigitTest.of(counts);
        assertThat(result.test().observed()[0]).isEqualTo(100);
        assertThat(result.test().chiSquare().orElseThrow().statistic()).isCloseTo(735.56, within(0.05));
        assertThat(result.observedMean()).isEqualTo(0.0);
        assertThat(result.benfordMean()).isCloseTo(4.187, within(5e-4));
    }

    @Test
    void secondDigitsInBenfordProportionsPass() {
        // 100,000 counts whose second digits follow the expected counts to the nearest whole count
        long[] digitTotals = new long[10];
        java.util.List<Long> counts = new java.util.ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            digitTotals[digit] = Math.round(100_000 * SecondDigitTest.benfordProbability(digit));
            for (long i = 0; i < digitTotals[digit]; i++) {
                counts.add(10L + digit); // 1d: second digit d
            }
        }
        SecondDigitTest.Result result = SecondDigitTest.of(counts.stream().mapToLong(Long::longValue).toArray());
        assertThat(result.test().chiSquare().orElseThrow().pValue()).isGreaterThan(0.99);
        assertThat(result.observedMean()).isCloseTo(SecondDigitTest.BENFORD_MEAN, within(1e-3));
    }

    @Test
    void secondDigitWithTooFewCountsSaysSo() {
        SecondDigitTest.Result result = SecondDigitTest.of(LongStream.range(10, 68).toArray()); // 58 counts
        assertThat(result.test().outcome()).isEqualTo(DigitTest.Outcome.NOT_ENOUGH_DATA);
        assertThat(SecondDigitTest.of(LongStream.range(10, 69).toArray()).test().enoughData()).isTrue();
        assertThat(SecondDigitTest.of(1, 2, 3).observedMean()).isNaN();
    }
}
