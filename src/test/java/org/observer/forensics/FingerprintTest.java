package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    // line 0 leads nationally (60 + 29 + 100 + 5 = 194 against 40 + 21 + 0 + 5 = 66)
    static final List<StationCounts> STATIONS = List.of(
            new StationCounts(1, 1, 200, 100, new long[] {60, 40}), // turnout 50%, share 60%
            new StationCounts(1, 2, 100, 50, new long[] {29, 21}), // turnout 50%, share 58%
            new StationCounts(1, 3, 100, 100, new long[] {100, 0}), // 100% and 100%: the last bins
            new StationCounts(1, 4, 0, 10, new long[] {5, 5})); // no registered voters: left out

    @Test
    void leaderIsTheLineWithMostVotesOverAllStations() {
        assertThat(StationCounts.nationalLeader(STATIONS)).isEqualTo(0);
    }

    @Test
    void stationsFallInTheirTurnoutAndShareBins() {
        Fingerprint fingerprint = Fingerprint.of(STATIONS, 0, 10, 10, Fingerprint.Weight.STATIONS);
        assertThat(fingerprint.counts()[5][6]).isEqualTo(1); // 50%, 60%
        assertThat(fingerprint.counts()[5][5]).isEqualTo(1); // 50%, 58%
        assertThat(fingerprint.counts()[9][9]).isEqualTo(1); // 100% is in the last bin, not outside
        assertThat(fingerprint.stationsCounted()).isEqualTo(3);
        assertThat(fingerprint.aboveFull()).isZero();
        assertThat(fingerprint.left()).isEqualTo(1);
        assertThat(fingerprint.largestCell()).isEqualTo(1);
    }

    /** 105 ballots issued to 100 voters: kept, in the last column, and counted apart; no votes: left out. */
    @Test
    void turnoutAboveFullIsDrawnInTheLastColumnAndCounted() {
        Fingerprint fingerprint = Fingerprint.of(List.of(new StationCounts(1, 1, 100, 105, new long[] {70, 30}),
                new StationCounts(1, 2, 100, 250, new long[] {250, 0}), new StationCounts(1, 3, 100, 60, new long[] {0, 0})),
                0, 10, 10, Fingerprint.Weight.STATIONS);
        assertThat(fingerprint.counts()[9][7]).isEqualTo(1); // share 70%
        assertThat(fingerprint.counts()[9][9]).isEqualTo(1); // share 100%
        assertThat(fingerprint.stationsCounted()).isEqualTo(2);
        assertThat(fingerprint.aboveFull()).isEqualTo(2);
        assertThat(fingerprint.left()).isEqualTo(1);
    }

    @Test
    void oneHundredBinsPutTwentyNinePercentInBinTwentyNine() {
        // 29 / 100 as a double times 100 is 28.999999999999996: the bin is computed in whole numbers
        Fingerprint fingerprint = Fingerprint.of(List.of(new StationCounts(1, 1, 100, 29, new long[] {29, 0})), 0, 100,
                100, Fingerprint.Weight.STATIONS);
        assertThat(fingerprint.counts()[29][99]).isEqualTo(1);
    }

    @Test
    void weightByRegisteredVotersAddsTheirNumber() {
        Fingerprint fingerprint = Fingerprint.of(STATIONS, 0, 2, 2, Fingerprint.Weight.REGISTERED_VOTERS);
        // 50% turnout is the upper half; shares 60% and 58% both the upper half: 200 + 100 voters
        assertThat(fingerprint.counts()[1][1]).isEqualTo(200 + 100 + 100);
        assertThat(fingerprint.counts()[0][0]).isZero();
        assertThat(fingerprint.largestCell()).isEqualTo(400);
    }

    @Test
    void cumulativeVotesFollowTurnout() {
        CumulativeWinnerVotes curve = CumulativeWinnerVotes.of(STATIONS, 0);
        assertThat(curve.totalVotes()).isEqualTo(60 + 29 + 100);
        assertThat(curve.points()).hasSize(3);
        assertThat(curve.points().get(2).turnout()).isEqualTo(1.0);
        assertThat(curve.points().get(1).cumulativeVotes()).isEqualTo(89);
        assertThat(curve.points().get(1).fraction()).isCloseTo(89 / 189.0, within(1e-12));
        assertThat(curve.points().get(2).fraction()).isEqualTo(1.0);
    }
}
