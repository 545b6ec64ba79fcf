package org.observer.forensics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The second figure of Klimek et al. (2012): the leading line's votes summed over stations taken in
 * order of turnout, against that turnout. Where votes are added at high turnout the curve still
 * climbs steeply at the right end instead of flattening as it does when the last stations are few.
 *
 * @param points one per station with a turnout, in order of turnout
 * @param totalVotes the leading line's votes over those stations
 */
public record CumulativeWinnerVotes(List<Point> points, long totalVotes) {

    /** @param fraction cumulative votes over total votes, 0 to 1 */
    public record Point(double turnout, long cumulativeVotes, double fraction) {
    }

    public static CumulativeWinnerVotes of(List<StationCounts> stations, int leadingLine) {
        StationCounts[] sorted = stations.stream().filter(s -> !Double.isNaN(s.turnout()))
                .toArray(StationCounts[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(StationCounts::turnout));
        long total = 0;
        for (StationCounts station : sorted) {
            total += station.votes()[leadingLine];
        }
        List<Point> points = new ArrayList<>(sorted.length);
        long cumulative = 0;
        for (StationCounts station : sorted) {
            cumulative += station.votes()[leadingLine];
            points.add(new Point(station.turnout(), cumulative, total == 0 ? 0 : (double) cumulative / total));
        }
        return new CumulativeWinnerVotes(List.copyOf(points), total);
    }
}
