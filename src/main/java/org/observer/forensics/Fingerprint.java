package org.observer.forensics;

import java.util.List;

/**
 * The election fingerprint of Klimek, Yegorov, Hanel and Thurner (PNAS 109, 2012): a 2D histogram
 * of stations by turnout (columns) and the leading line's share (rows). Honest elections make one
 * roundish smudge; a smear toward 100% turnout and 100% share, or a second blob there, is the
 * pattern the paper links to ballot stuffing and invented results. Other causes (closed
 * institutions, small rural stations) can draw it too.
 *
 * @param counts counts[turnoutBin][shareBin], bin i covering [i / bins, (i + 1) / bins); 100% falls in
 *        the last bin, and so does a turnout above 100% (more ballots issued than voters on the list):
 *        those are among the stations the picture is drawn to show, so they are kept, at its edge
 * @param aboveFull the stations with a turnout above 100%, counted in the last turnout bin
 * @param left stations left out: no registered voters or no votes
 */
public record Fingerprint(int turnoutBins, int shareBins, Weight weight, double[][] counts, double largestCell,
        int stationsCounted, int aboveFull, int left) {

    public enum Weight {
        /** each station counts 1 (the paper's figures) */
        STATIONS,
        /** each station counts its registered voters, so large stations weigh more */
        REGISTERED_VOTERS
    }

    public static Fingerprint of(List<StationCounts> stations, int leadingLine, int turnoutBins, int shareBins,
            Weight weight) {
        if (turnoutBins < 1 || shareBins < 1) {
            throw new IllegalArgumentException("needs at least one bin each way");
        }
        double[][] counts = new double[turnoutBins][shareBins];
        double largest = 0;
        int counted = 0;
        int aboveFull = 0;
        for (StationCounts station : stations) {
            long valid = station.validVotes();
            if (station.registered() == 0 || valid == 0) {
                continue; // no place on the square
            }
            aboveFull += station.ballotsIssued() > station.registered() ? 1 : 0;
            double[] column = counts[bin(station.ballotsIssued(), station.registered(), turnoutBins)];
            int row = bin(station.votes()[leadingLine], valid, shareBins);
            column[row] += weight == Weight.STATIONS ? 1 : station.registered();
            largest = Math.max(largest, column[row]);
            counted++;
        }
        return new Fingerprint(turnoutBins, shareBins, weight, counts, largest, counted, aboveFull,
                stations.size() - counted);
    }

    /** In whole numbers: 29 of 100 is 0.29, which times 100 is 28.999999999999996 in doubles. Above 1, the last bin. */
    static int bin(long part, long whole, int bins) {
        return (int) Math.min(bins - 1, part * bins / whole);
    }
}
