package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundNumbersTest {

    @Test
    void wholePercentageReadsAsAWholeNumberToOneDecimal() {
        assertThat(RoundNumbers.isWholePercentage(29, 100)).isTrue();
        assertThat(RoundNumbers.isWholePercentage(1050, 1500)).isTrue(); // 70.000%
        assertThat(RoundNumbers.isWholePercentage(1066, 1523)).isTrue(); // 69.993%
        assertThat(RoundNumbers.isWholePercentage(1067, 1523)).isFalse(); // 70.059%
        assertThat(RoundNumbers.isWholePercentage(1001, 2000)).isFalse(); // 50.05%: the edge is outside
        assertThat(RoundNumbers.isWholePercentage(999, 2000)).isFalse(); // 49.95%
        assertThat(RoundNumbers.isWholePercentage(2, 3)).isFalse();
        assertThat(RoundNumbers.isWholePercentage(0, 500)).isTrue();
        assertThat(RoundNumbers.isWholePercentage(500, 500)).isTrue();
        assertThat(RoundNumbers.isWholePercentage(0, 0)).isFalse();
    }

    /**
     * By hand: of 200, a percentage is whole exactly when the count is even (k/2 %), and for
     * Binomial(n, p) P(even) = (1 + (1 - 2p)^n) / 2; of 100 every count is whole; of 1,000 only
     * multiples of 10, about one count in ten when the spread is wide.
     */
    @Test
    void chanceUnderTheBinomialModelByHand() {
        assertThat(RoundNumbers.chanceOfWholePercentage(200, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(RoundNumbers.chanceOfWholePercentage(20_000 / 100, 0.3)).isCloseTo((1 + Math.pow(0.4, 200)) / 2, within(1e-12));
        assertThat(RoundNumbers.chanceOfWholePercentage(100, 0.63)).isCloseTo(1, within(1e-12));
        assertThat(RoundNumbers.chanceOfWholePercentage(1000, 0.6)).isCloseTo(0.1, within(1e-3));
        assertThat(RoundNumbers.chanceOfWholePercentage(150, 1.0)).isEqualTo(1.0);
        assertThat(RoundNumbers.chanceOfWholePercentage(150, 0.0)).isEqualTo(1.0);
    }

    /**
     * 400 stations, turnout 202 of 400 (50.5%) and share 99 of 200 (49.5%): nothing whole. By hand: of
     * 400 a count is whole when it is a multiple of 4 (k/4 %), chance 1/4; of 200 when it is even,
     * 1/2; either 1 - 3/4 * 1/2 = 5/8.
     */
    @Test
    void noWholePercentagesWhereSomeAreExpectedIsNoExcess() {
        List<StationCounts> stations = stations(400, 400, 202, 99, 101);
        RoundNumbers result = RoundNumbers.of(stations, 0, 2000, 7);
        assertThat(result.stationsTested()).isEqualTo(400);
        assertThat(result.turnout().observed()).isZero();
        assertThat(result.turnout().expected()).isCloseTo(100, within(1e-6));
        assertThat(result.share().expected()).isCloseTo(200, within(1e-6));
        assertThat(result.either().expected()).isCloseTo(250, within(1e-6));
        assertThat(result.share().excess()).isCloseTo(-200, within(1e-6));
        assertThat(result.share().pValue()).isEqualTo(1.0);
        // binomial(400, 1/2): sd 10, so the 95% interval is about 200 +- 20
        assertThat(result.share().low95()).isBetween(176, 184);
        assertThat(result.share().high95()).isBetween(216, 224);
        assertThat(result.share().low99()).isLessThan(result.share().low95());
        assertThat(result.share().high99()).isGreaterThan(result.share().high95());
    }

    @Test
    void everyStationWholeIsAnExcessNoSimulationReaches() {
        RoundNumbers result = RoundNumbers.of(stations(400, 200, 100, 50, 50), 0, 999, 7);
        assertThat(result.turnout().observed()).isEqualTo(400);
        assertThat(result.share().observed()).isEqualTo(400);
        assertThat(result.turnout().excess()).isGreaterThan(150);
        assertThat(result.turnout().pValue()).isEqualTo(1.0 / 1000);
    }

    /**
     * An observed count in the middle of the null: 400 stations whose share is taken of 200 votes, so
     * that each is whole with chance 1/2 (an even count; 200 of them observed whole, at 100 of 200). The
     * simulated counts follow Binomial(400, 1/2), whose exact tails give P(X >= 200) = 0.51993 but
     * P(X > 200) = 0.48007: the p-value counts runs at least as extreme as observed. Its exact quantiles
     * (by summing the binomial probabilities) are 180 and 220 at 2.5% and 97.5%, 174 and 226 at 0.5% and
     * 99.5%; with 20,000 runs the nearest-rank quantiles lie within one of them.
     */
    @Test
    void pValueCountsRunsAtLeastAsExtremeAndBoundsAreTheBinomialQuantiles() {
        List<StationCounts> stations = new ArrayList<>(stations(200, 50, 40, 100, 100));
        stations.addAll(stations(200, 50, 40, 99, 101)); // 49.5%: not whole, with the same chance 1/2 + 0.01^200 / 2
        RoundNumbers result = RoundNumbers.of(stations, 0, 20_000, 11);
        RoundNumbers.Spike share = result.share();
        assertThat(share.observed()).isEqualTo(200);
        assertThat(share.expected()).isCloseTo(200, within(1e-9));
        assertThat(share.pValue()).isCloseTo(0.51993, within(0.01));
        assertThat(share.low95()).isBetween(179, 181);
        assertThat(share.high95()).isBetween(219, 221);
        assertThat(share.low99()).isBetween(173, 175);
        assertThat(share.high99()).isBetween(225, 227);
        assertThat(result.turnout().observed()).isZero(); // 50 voters: too few for a turnout to count
        assertThat(result.turnout().expected()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<StationCounts> stations = stations(300, 1234, 777, 345, 400);
        assertThat(RoundNumbers.of(stations, 0, 500, 42)).isEqualTo(RoundNumbers.of(stations, 0, 500, 42));
    }

    @Test
    void smallStationsAreLeftOut() {
        RoundNumbers result = RoundNumbers.of(stations(10, 99, 50, 25, 25), 0, 10, 1);
        assertThat(result.stationsTested()).isZero();
        assertThat(result.either().observed()).isZero();
        assertThat(result.either().expected()).isZero();
    }

    /** Alike stations: the leader is line 0. */
    private static List<StationCounts> stations(int count, long registered, long cast, long leaderVotes, long otherVotes) {
        List<StationCounts> stations = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> stations.add(
                new StationCounts(1, i + 1, registered, cast, new long[] {leaderVotes, otherVotes})));
        return stations;
    }
}
