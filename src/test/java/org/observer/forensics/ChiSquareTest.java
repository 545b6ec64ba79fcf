package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquareTest {

    /**
     * Critical values from the chi-square table (NIST/SEMATECH e-Handbook of Statistical Methods,
     * 1.3.6.7.4, "Critical Values of the Chi-Square Distribution"): the value is printed to 3 decimals,
     * so the p-value matches to about 1e-4.
     */
    @ParameterizedTest
    @CsvSource({"9, 16.919, 0.05", "9, 21.666, 0.01", "9, 14.684, 0.10", "9, 27.877, 0.001", "1, 3.841, 0.05",
            "1, 6.635, 0.01", "5, 11.070, 0.05", "20, 31.410, 0.05", "100, 124.342, 0.05"})
    void upperTailMatchesTheTable(int degreesOfFreedom, double criticalValue, double p) {
        assertThat(ChiSquare.upperTail(criticalValue, degreesOfFreedom)).isCloseTo(p, within(p * 2e-3));
    }

    /** With 2 degrees of freedom the tail is exactly exp(-x/2), with 4 it is exp(-x/2)(1 + x/2). */
    @Test
    void upperTailEqualsTheClosedFormsForTwoAndFourDegrees() {
        for (double x : new double[] {0.01, 0.5, 2, 3.9, 10, 40, 200}) {
            assertThat(ChiSquare.upperTail(x, 2)).as("x=" + x).isCloseTo(Math.exp(-x / 2), within(1e-13 + Math.exp(-x / 2) * 1e-12));
            double four = Math.exp(-x / 2) * (1 + x / 2);
            assertThat(ChiSquare.upperTail(x, 4)).as("x=" + x).isCloseTo(four, within(1e-13 + four * 1e-12));
        }
    }

    @Test
    void farTailIsNotRoundedToZero() {
        // exp(-300) = 5.1e-131: computed as 1 - P it would print 0
        assertThat(ChiSquare.upperTail(600, 2)).isCloseTo(Math.exp(-300), within(Math.exp(-300) * 1e-10));
        assertThat(ChiSquare.upperTail(0, 9)).isEqualTo(1.0);
    }

    @Test
    void lowerAndUpperGammaAddUpToOne() {
        for (double a : new double[] {0.5, 1, 4.5, 30}) {
            for (double x : new double[] {0.1, a, a + 1.5, 3 * a + 5}) {
                assertThat(RegularizedGamma.lower(a, x) + RegularizedGamma.upper(a, x)).isCloseTo(1.0, within(1e-14));
            }
        }
    }

    @Test
    void logGammaOfIntegersIsLogFactorial() {
        assertThat(RegularizedGamma.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(RegularizedGamma.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(RegularizedGamma.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(RegularizedGamma.logGamma(101)).isCloseTo(363.73937555556347, within(1e-9)); // ln(100!)
    }

    /** By hand: expected 20 each; (100 + 0 + 100) / 20 = 10; 2 degrees of freedom so p = exp(-5). */
    @Test
    void pearsonStatisticAndPValueByHand() {
        ChiSquare test = ChiSquare.pearson(new long[] {10, 20, 30}, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
        assertThat(test.statistic()).isCloseTo(10, within(1e-12));
        assertThat(test.degreesOfFreedom()).isEqualTo(2);
        assertThat(test.pValue()).isCloseTo(0.006737946999085467, within(1e-15));
    }

    /**
     * Published: Mendel's dihybrid cross (1866), 315 round yellow, 108 round green, 101 wrinkled
     * yellow, 32 wrinkled green against 9:3:3:1; the textbook answer is chi-square 0.470 with 3
     * degrees of freedom, p = 0.925 (e.g. Agresti, Categorical Data Analysis, 1.5).
     */
    @Test
    void pearsonOnMendelsPeas() {
        ChiSquare test = ChiSquare.pearson(new long[] {315, 108, 101, 32}, new double[] {9 / 16.0, 3 / 16.0, 3 / 16.0, 1 / 16.0});
        assertThat(test.statistic()).isCloseTo(0.470, within(5e-4));
        assertThat(test.degreesOfFreedom()).isEqualTo(3);
        assertThat(test.pValue()).isCloseTo(0.925, within(5e-4));
    }

    @Test
    void pearsonRefusesCellsThatDoNotMatch() {
        assertThatThrownBy(() -> ChiSquare.pearson(new long[] {1, 2}, new double[] {1.0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChiSquare.pearson(new long[] {1, 2}, new double[] {1.0, 0.0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
