package org.observer.forensics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Round-number spikes (Kobak, Shpilkin and Pshenichnikov, Annals of Applied Statistics 10(1), 2016):
 * people who write results instead of counting them pick whole percentages, so stations whose
 * turnout or leading share is a whole percentage come out more often than chance allows. The test
 * counts them and compares with a binomial null model.
 *
 * <p><b>Whole percentage</b> (our working rule; the paper's exact wording could not be checked here):
 * {@code 100 * part / whole} lies less than 0.05 percentage points from a whole number, i.e. it reads
 * "m.0" to one decimal, as a percentage published with one decimal would: 70.0% is 1,050 of 1,500 and
 * also 1,066 of 1,523 (69.99%), because a count that must give 70% rarely can do so exactly. Decided in
 * whole-number arithmetic, so 29 of 100 is whole although 0.29 is not exact in binary. Only
 * denominators of at least {@value #MINIMUM_DENOMINATOR} count (our choice, in the paper's spirit of
 * leaving the smallest stations out): with fewer voters whole percentages are frequent by arithmetic
 * (1 of 4 is 25%). The null model below uses the same rule, so a looser or stricter rule changes
 * observed and expected counts alike.
 *
 * <p><b>Null model.</b> Each station's count is drawn from Binomial(n, observed fraction): ballots
 * issued from the registered voters for turnout, the leader's votes from the votes for all lines for
 * the share, independently. Under it the chance that station i reports a whole percentage, p_i, is
 * summed exactly from the binomial probabilities of the counts that give one; the expected number
 * of such stations is the sum of p_i. The spread comes from simulation: each run draws every
 * station's "whole or not" with its p_i from a {@link SplittableRandom} seeded by the caller, so the
 * same data and seed give the same interval and p-value on every page.
 */
public record RoundNumbers(Spike turnout, Spike share, Spike either, int stationsTested, int simulations, long seed) {
    public static final int MINIMUM_DENOMINATOR = 100;
    /** The window around the binomial mean searched for whole percentages, in standard deviations. */
    private static final double WINDOW_SDS = 9;
    private static final double TWO_TO_32 = 4294967296.0;
    private static final long LOW_32 = 0xFFFF_FFFFL;

    /**
     * One measure's observed and expected count of stations with a whole percentage.
     *
     * @param low95 with high95, the middle 95% of the simulated counts (likewise 99%)
     * @param excess observed - expected
     * @param pValue the share of simulations (plus the observed one) with at least the observed count
     */
    public record Spike(int observed, double expected, int low95, int high95, int low99, int high99, double excess,
            double pValue) {
    }

    public static RoundNumbers of(List<StationCounts> stations, int leadingLine, int simulations, long seed) {
        if (simulations < 1) {
            throw new IllegalArgumentException("needs at least one simulation");
        }
        int size = stations.size();
        double[] turnoutChance = new double[size];
        double[] shareChance = new double[size];
        double[] eitherChance = new double[size];
        int[] observed = new int[3];
        int tested = 0;
        for (int i = 0; i < size; i++) {
            StationCounts station = stations.get(i);
            boolean turnoutCounts = station.registered() >= MINIMUM_DENOMINATOR
                    && station.ballotsIssued() <= station.registered();
            long valid = station.validVotes();
            boolean shareCounts = valid >= MINIMUM_DENOMINATOR;
            if (!turnoutCounts && !shareCounts) {
                continue;
            }
            tested++;
            boolean wholeTurnout = turnoutCounts && isWholePercentage(station.ballotsIssued(), station.registered());
            boolean wholeShare = shareCounts && isWholePercentage(station.votes()[leadingLine], valid);
            observed[0] += wholeTurnout ? 1 : 0;
            observed[1] += wholeShare ? 1 : 0;
            observed[2] += wholeTurnout || wholeShare ? 1 : 0;
            turnoutChance[i] = turnoutCounts ? chanceOfWholePercentage(station.registered(),
                    (double) station.ballotsIssued() / station.registered()) : 0;
            shareChance[i] = shareCounts ? chanceOfWholePercentage(valid, (double) station.votes()[leadingLine] / valid) : 0;
            eitherChance[i] = 1 - (1 - turnoutChance[i]) * (1 - shareChance[i]);
        }
        int[][] simulated = simulate(turnoutChance, shareChance, simulations, seed);
        return new RoundNumbers(spike(observed[0], turnoutChance, simulated[0]), spike(observed[1], shareChance, simulated[1]),
                spike(observed[2], eitherChance, simulated[2]), tested, simulations, seed);
    }

    /** Whether 100 * part / whole reads as a whole number to one decimal (within 0.05 of one). */
    public static boolean isWholePercentage(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        // 100 part / whole - m = (100 part - m whole) / whole, within 0.05 <=> 2000 part within whole of a multiple of 20 whole
        long period = 20 * whole;
        long remainder = Math.floorMod(2000 * part, period);
        return Math.min(remainder, period - remainder) < whole;
    }

    /** P(X gives a whole percentage of n) for X ~ Binomial(n, p): the sum over those k of the binomial probabilities. */
    static double chanceOfWholePercentage(long n, double p) {
        if (p <= 0 || p >= 1) {
            return isWholePercentage(p <= 0 ? 0 : n, n) ? 1 : 0;
        }
        double sd = Math.sqrt(n * p * (1 - p));
        long low = Math.max(0, (long) Math.floor(n * p - WINDOW_SDS * sd - 1));
        long high = Math.min(n, (long) Math.ceil(n * p + WINDOW_SDS * sd + 1));
        // the probability of `low` from log-gamma once, then each next one by the ratio (n - k) / (k + 1) * p / q
        double probability = Math.exp(RegularizedGamma.logGamma(n + 1.0) - RegularizedGamma.logGamma(low + 1.0)
                - RegularizedGamma.logGamma(n - low + 1.0) + low * Math.log(p) + (n - low) * Math.log1p(-p));
        double odds = p / (1 - p);
        double chance = 0;
        for (long k = low; k <= high; k++) {
            if (isWholePercentage(k, n)) {
                chance += probability;
            }
            probability *= (double) (n - k) / (k + 1) * odds;
        }
        return Math.min(1, chance);
    }

    /**
     * Counts per simulation run of stations drawn whole for turnout, share and either. One 64-bit draw
     * per station and run serves both measures, its upper and lower 32 bits each compared with the
     * chance scaled to 2^32 (a resolution of 2.3e-10, far below any p-value shown): this loop is most
     * of the forensics' time, and it halves the draws.
     */
    private static int[][] simulate(double[] turnoutChance, double[] shareChance, int simulations, long seed) {
        int stations = 0;
        long[] turnoutBelow = new long[turnoutChance.length];
        long[] shareBelow = new long[shareChance.length];
        for (int i = 0; i < turnoutChance.length; i++) {
            if (turnoutChance[i] > 0 || shareChance[i] > 0) { // stations that can never be whole draw nothing
                turnoutBelow[stations] = (long) Math.ceil(turnoutChance[i] * TWO_TO_32);
                shareBelow[stations] = (long) Math.ceil(shareChance[i] * TWO_TO_32);
                stations++;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[3][simulations];
        for (int run = 0; run < simulations; run++) {
            int turnout = 0;
            int share = 0;
            int either = 0;
            for (int i = 0; i < stations; i++) {
                long bits = random.nextLong();
                int wholeTurnout = (bits >>> 32) < turnoutBelow[i] ? 1 : 0;
                int wholeShare = (bits & LOW_32) < shareBelow[i] ? 1 : 0;
                turnout += wholeTurnout;
                share += wholeShare;
                either += wholeTurnout | wholeShare;
            }
            counts[0][run] = turnout;
            counts[1][run] = share;
            counts[2][run] = either;
        }
        return counts;
    }

    private static Spike spike(int observed, double[] chances, int[] simulated) {
        double expected = 0;
        for (double chance : chances) {
            expected += chance;
        }
        int[] sorted = simulated.clone();
        Arrays.sort(sorted);
        int atLeast = 0;
        for (int count : sorted) {
            atLeast += count >= observed ? 1 : 0;
        }
        return new Spike(observed, expected, quantile(sorted, 0.025), quantile(sorted, 0.975), quantile(sorted, 0.005),
                quantile(sorted, 0.995), observed - expected, (1.0 + atLeast) / (sorted.length + 1));
    }

    /** The simulated count below which the given share of runs lies (nearest rank). */
    private static int quantile(int[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
