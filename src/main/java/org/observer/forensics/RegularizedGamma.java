package org.observer.forensics;

/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x), which give the
 * chi-square distribution's tails. Series for x &lt; a + 1, continued fraction (modified Lentz)
 * above, as in Numerical Recipes 6.2: each converges fast where the other is slow, and Q is computed
 * directly in the far tail instead of as 1 - P, which would round small p-values to zero.
 */
final class RegularizedGamma {
    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    /** Lanczos coefficients, g = 7, n = 9: about 15 correct digits for positive arguments. */
    private static final double[] LANCZOS = {
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};

    private RegularizedGamma() {
    }

    static double logGamma(double x) {
        if (x < 0.5) {
            // reflection: the Lanczos sum is accurate only for x >= 1/2
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Q(a, x), the upper tail; 1 at x = 0. */
    static double upper(double a, double x) {
        requireArguments(a, x);
        if (x == 0) {
            return 1;
        }
        return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
    }

    /** P(a, x), the lower tail; 0 at x = 0. */
    static double lower(double a, double x) {
        requireArguments(a, x);
        if (x == 0) {
            return 0;
        }
        return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
    }

    private static void requireArguments(double a, double x) {
        if (!(a > 0) || !(x >= 0)) {
            throw new IllegalArgumentException("needs a > 0 and x >= 0, got a=" + a + ", x=" + x);
        }
    }

    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
