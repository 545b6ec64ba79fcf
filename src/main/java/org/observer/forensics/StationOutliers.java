package org.observer.forensics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Stations that stand out from their own district: a turnout or leading share far from the
 * district's (robust z-score beyond {@value #Z_LIMIT}, the cut-off Iglewicz and Hoaglin recommend for
 * this "modified z-score"), a turnout of 100% or more, or the same figures as a neighbouring station.
 *
 * <p><b>Neighbours</b> are stations of the same district whose numbers follow each other (n and
 * n + 1): numbers are given out street by street, so those are usually the stations next door, whose
 * commissions could copy each other's protocol. <b>The same figures</b>: equal ballots issued and equal
 * votes for every line (registered voters may differ), at stations with at least
 * {@value #IDENTICAL_MINIMUM_VOTES} votes: two stations of a dozen voters can match by chance, and a
 * flag that fires on them would teach reviewers to ignore it.
 */
public final class StationOutliers {
    public static final double Z_LIMIT = 3.5;
    public static final long IDENTICAL_MINIMUM_VOTES = 100;

    private StationOutliers() {
    }

    /**
     * @param turnoutZ robust z of the station's turnout in its district; NaN where it is not defined
     * @param identicalNeighbour the number of a neighbour with the same figures, if any (the lower one
     *        when both neighbours match)
     */
    public record Finding(StationCounts station, double turnoutZ, double shareZ, boolean fullTurnout,
            OptionalInt identicalNeighbour) {

        public boolean turnoutOutlier() {
            return Math.abs(turnoutZ) > Z_LIMIT;
        }

        public boolean shareOutlier() {
            return Math.abs(shareZ) > Z_LIMIT;
        }
    }

    /** One finding per station, in the order given. */
    public static List<Finding> of(List<StationCounts> stations, int leadingLine) {
        Map<Long, List<Integer>> byDistrict = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            byDistrict.computeIfAbsent(stations.get(i).district(), d -> new ArrayList<>()).add(i);
        }
        Finding[] findings = new Finding[stations.size()];
        for (List<Integer> members : byDistrict.values()) {
            double[] turnouts = new double[members.size()];
            double[] shares = new double[members.size()];
            Map<Integer, StationCounts> byNumber = new HashMap<>();
            for (int j = 0; j < members.size(); j++) {
                StationCounts station = stations.get(members.get(j));
                turnouts[j] = station.turnout();
                shares[j] = station.share(leadingLine);
                byNumber.put(station.number(), station);
            }
            RobustSpread turnout = RobustSpread.of(turnouts);
            RobustSpread share = RobustSpread.of(shares);
            for (int j = 0; j < members.size(); j++) {
                StationCounts station = stations.get(members.get(j));
                findings[members.get(j)] = new Finding(station, turnout.z(turnouts[j]), share.z(shares[j]),
                        station.registered() > 0 && station.ballotsIssued() >= station.registered(),
                        identicalNeighbour(station, byNumber));
            }
        }
        return List.of(findings);
    }

    private static OptionalInt identicalNeighbour(StationCounts station, Map<Integer, StationCounts> byNumber) {
        for (int neighbour : new int[] {station.number() - 1, station.number() + 1}) {
            StationCounts other = byNumber.get(neighbour);
            if (other != null && sameFigures(station, other)) {
                return OptionalInt.of(neighbour);
            }
        }
        return OptionalInt.empty();
    }

    static boolean sameFigures(StationCounts one, StationCounts other) {
        return one.validVotes() >= IDENTICAL_MINIMUM_VOTES && one.ballotsIssued() == other.ballotsIssued()
                && Arrays.equals(one.votes(), other.votes());
    }
}
