package org.observer.forensics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national shares estimated from the stations of a stratified sample whose figures came in
 * (observers' protocol copies), with their margins of error, to hold the official result against.
 *
 * <p>Each line's share is the combined ratio estimator R = sum_h N_h * mean(y_h) / sum_h N_h *
 * mean(x_h), y the line's votes and x the votes for all lines at a station, N_h the stations of
 * stratum h. Its variance is the usual linearised one (Cochran, Sampling Techniques, 3rd ed., 6.11;
 * Lohr, Sampling: Design and Analysis, 4.5): V(R) = (1 / X^2) * sum_h N_h^2 (1 - n_h / N_h) s_dh^2 /
 * n_h, with d = y - R x, s_dh^2 the sample variance of d in stratum h, n_h the stations of h that
 * reported and X = sum_h N_h * mean(x_h). Margins are 1.96 and 2.576 standard errors.
 *
 * <p>What this cannot see, and says: a stratum from which no sampled station reported is left out of
 * the estimate ({@code strataMissing}), so the estimate speaks for the other strata only; a stratum
 * with one report adds no variance ({@code strataWithoutVariance}), so the margins are too narrow.
 * Stations that did not report are taken to be like those that did, which holds only if reporting
 * has nothing to do with the result.
 */
public record QuickCount(List<LineEstimate> lines, int stationsReported, List<Long> strataMissing,
        List<Long> strataWithoutVariance) {
    public static final double Z95 = 1.959963984540054;
    public static final double Z99 = 2.5758293035489004;

    /** @param stratum the station's stratum key @param votes votes per line, the same lines for every station */
    public record Report(long stratum, long[] votes) {
    }

    public record LineEstimate(int line, double share, double standardError) {
        public double margin95() {
            return Z95 * standardError;
        }

        public double margin99() {
            return Z99 * standardError;
        }

        public boolean within95(double officialShare) {
            return Math.abs(officialShare - share) <= margin95();
        }

        public boolean within99(double officialShare) {
            return Math.abs(officialShare - share) <= margin99();
        }
    }

    /**
     * @param stationsPerStratum N_h: all stations of each stratum, sampled or not
     * @param reported the sampled stations whose figures came in
     */
    public static QuickCount estimate(Map<Long, Integer> stationsPerStratum, List<Report> reported) {
        if (reported.isEmpty()) {
            throw new IllegalArgumentException("no station reported");
        }
        int lines = reported.get(0).votes().length;
        TreeMap<Long, List<Report>> byStratum = new TreeMap<>();
        for (Report report : reported) {
            if (!stationsPerStratum.containsKey(report.stratum())) {
                throw new IllegalArgumentException("station in unknown stratum " + report.stratum());
            }
            byStratum.computeIfAbsent(report.stratum(), k -> new ArrayList<>()).add(report);
        }
        List<Long> missing = stationsPerStratum.keySet().stream().filter(k -> !byStratum.containsKey(k)).sorted().toList();
        List<Long> withoutVariance = byStratum.entrySet().stream().filter(e -> e.getValue().size() < 2)
                .map(Map.Entry::getKey).toList();
        double estimatedValid = 0;
        double[] estimatedVotes = new double[lines];
        for (var stratum : byStratum.entrySet()) {
            double weight = (double) stationsPerStratum.get(stratum.getKey()) / stratum.getValue().size();
            for (Report report : stratum.getValue()) {
                estimatedValid += weight * valid(report);
                for (int line = 0; line < lines; line++) {
                    estimatedVotes[line] += weight * report.votes()[line];
                }
            }
        }
        if (estimatedValid == 0) {
            throw new IllegalArgumentException("the stations that reported have no votes");
        }
        List<LineEstimate> estimates = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            double share = estimatedVotes[line] / estimatedValid;
            double variance = 0;
            for (var stratum : byStratum.entrySet()) {
                variance += stratumVariance(stratum.getValue(), stationsPerStratum.get(stratum.getKey()), line, share);
            }
            estimates.add(new LineEstimate(line, share, Math.sqrt(variance) / estimatedValid));
        }
        return new QuickCount(List.copyOf(estimates), reported.size(), missing, withoutVariance);
    }

    /** N_h^2 (1 - n_h / N_h) s_dh^2 / n_h, 0 for a single report. */
    private static double stratumVariance(List<Report> reports, int stations, int line, double share) {
        int n = reports.size();
        if (n < 2) {
            return 0;
        }
        double[] residuals = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = reports.get(i).votes()[line] - share * valid(reports.get(i));
            mean += residuals[i] / n;
        }
        double sumOfSquares = 0;
        for (double residual : residuals) {
            sumOfSquares += (residual - mean) * (residual - mean);
        }
        return (double) stations * stations * (1 - (double) n / stations) * (sumOfSquares / (n - 1)) / n;
    }

    private static long valid(Report report) {
        return StationCounts.sum(report.votes());
    }
}
