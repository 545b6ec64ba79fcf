package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StationOutliersTest {

    /** By hand: median 3; deviations 2, 1, 0, 1, 97, their median 1; scaled 1.4826; z(100) = 97 / 1.4826. */
    @Test
    void medianMadAndRobustZByHand() {
        RobustSpread spread = RobustSpread.of(new double[] {4, 100, 1, 3, 2});
        assertThat(spread.median()).isEqualTo(3);
        assertThat(spread.scaledMad()).isCloseTo(1.4826, within(1e-12));
        assertThat(spread.z(100)).isCloseTo(65.4256, within(1e-4));
        assertThat(spread.z(1)).isCloseTo(-1.3490, within(1e-4));
    }

    /**
     * Published: R's documentation of mad() (stats package): {@code mad(c(1:9), constant = 1) ==
     * mad(c(1:8, 100), constant = 1)}, both 2, and the default constant 1.4826, so {@code mad(c(1:9))}
     * is 2.9652: replacing 9 by 100 moves neither the median nor the MAD, only that value's z-score.
     */
    @Test
    void madAsRDocumentsIt() {
        RobustSpread oneToNine = RobustSpread.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        RobustSpread withHundred = RobustSpread.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 100});
        assertThat(oneToNine.scaledMad()).isCloseTo(2.9652, within(1e-12));
        assertThat(withHundred.scaledMad()).isCloseTo(2.9652, within(1e-12));
        assertThat(withHundred.median()).isEqualTo(5);
        assertThat(withHundred.z(100)).isCloseTo(95 / 2.9652, within(1e-9)); // 32.04, far beyond 3.5
        assertThat(oneToNine.z(9)).isCloseTo(4 / 2.9652, within(1e-9)); // 1.35, ordinary
    }

    /** By hand: median (2 + 4) / 2 = 3; deviations 2, 1, 1, 5, sorted 1, 1, 2, 5, median 1.5. */
    @Test
    void evenCountTakesTheMiddlePairAndNaNIsLeftOut() {
        RobustSpread spread = RobustSpread.of(new double[] {1, 2, Double.NaN, 4, 8});
        assertThat(spread.values()).isEqualTo(4);
        assertThat(spread.median()).isEqualTo(3);
        assertThat(spread.scaledMad()).isCloseTo(1.5 * 1.4826, within(1e-12));
    }

    @Test
    void noSpreadMeansNoZScore() {
        RobustSpread spread = RobustSpread.of(new double[] {5, 5, 5, 9});
        assertThat(spread.scaledMad()).isZero();
        assertThat(spread.z(9)).isNaN();
        assertThat(RobustSpread.of(new double[0]).median()).isNaN();
    }

    @Test
    void stationFarFromItsDistrictIsAnOutlierOnlyThere() {
        List<StationCounts> stations = List.of(
                station(1, 1, 1000, 500, 250, 250), station(1, 2, 1000, 520, 270, 250), station(1, 3, 1000, 480, 230, 250),
                station(1, 4, 1000, 510, 255, 255), station(1, 5, 1000, 990, 980, 10), // district 1: 99% turnout, 99% share
                station(2, 1, 1000, 980, 960, 20), station(2, 2, 1000, 970, 950, 20), station(2, 3, 1000, 990, 975, 15));
        List<StationOutliers.Finding> findings = StationOutliers.of(stations, 0);
        StationOutliers.Finding odd = findings.get(4);
        // turnouts 0.48 0.50 0.51 0.52 0.99: median 0.51, deviations 0.03 0.01 0 0.01 0.48, MAD 0.01
        assertThat(odd.turnoutZ()).isCloseTo(0.48 / (0.01 * 1.4826), within(1e-6));
        assertThat(odd.turnoutOutlier()).isTrue();
        assertThat(odd.shareOutlier()).isTrue();
        assertThat(findings.get(0).turnoutOutlier()).isFalse();
        // the same figures are ordinary in district 2
        assertThat(findings.subList(5, 8)).noneMatch(StationOutliers.Finding::turnoutOutlier);
    }

    @Test
    void fullTurnoutAndIdenticalNeighboursAreFound() {
        List<StationCounts> stations = List.of(
                station(1, 7, 800, 800, 700, 100), // everyone voted
                station(1, 8, 900, 612, 400, 212), station(1, 9, 905, 612, 400, 212), // same figures, next door
                station(1, 11, 900, 612, 400, 212), // same figures but 10 is between: not neighbours
                station(2, 10, 900, 612, 400, 212), // same figures, other district
                station(1, 20, 100, 0, 0, 0), station(1, 21, 100, 0, 0, 0)); // empty: never compared
        List<StationOutliers.Finding> findings = StationOutliers.of(stations, 0);
        assertThat(findings.get(0).fullTurnout()).isTrue();
        assertThat(findings.get(1).fullTurnout()).isFalse();
        assertThat(findings.get(1).identicalNeighbour()).isEqualTo(OptionalInt.of(9));
        assertThat(findings.get(2).identicalNeighbour()).isEqualTo(OptionalInt.of(8));
        assertThat(findings.get(3).identicalNeighbour()).isEmpty();
        assertThat(findings.get(4).identicalNeighbour()).isEmpty();
        assertThat(findings.get(5).identicalNeighbour()).isEmpty();
    }

    /** Identical figures count only from 100 votes on: two stations of a few dozen voters match by chance. */
    @Test
    void smallStationsAreNeverIdenticalNeighbours() {
        List<StationCounts> stations = List.of(
                station(1, 1, 80, 50, 30, 20), station(1, 2, 90, 50, 30, 20), // 50 votes each
                station(1, 4, 300, 120, 60, 39), station(1, 5, 310, 120, 60, 39), // 99 votes each
                station(1, 7, 300, 120, 60, 40), station(1, 8, 310, 120, 60, 40)); // 100 votes each
        List<StationOutliers.Finding> findings = StationOutliers.of(stations, 0);
        assertThat(findings.subList(0, 4)).allSatisfy(f -> assertThat(f.identicalNeighbour()).isEmpty());
        assertThat(findings.get(4).identicalNeighbour()).isEqualTo(OptionalInt.of(8));
        assertThat(findings.get(5).identicalNeighbour()).isEqualTo(OptionalInt.of(7));
    }

    private static StationCounts station(long district, int number, long registered, long cast, long leader, long other) {
        return new StationCounts(district, number, registered, cast, new long[] {leader, other});
    }
}
