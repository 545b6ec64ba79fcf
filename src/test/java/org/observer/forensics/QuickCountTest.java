package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickCountTest {

    @Test
    void allocationIsProportionalAndAddsUp() {
        // 1000 stations in strata of 500, 300, 150, 49, 1; 100 asked: 50, 30, 15, 4.9 -> 5, 0.1 -> 0 then raised to 1
        int[] allocation = StratifiedSample.allocate(new int[] {500, 300, 150, 49, 1}, 100);
        assertThat(allocation).containsExactly(50, 30, 15, 5, 1);
        // a small stratum still gets two, so its spread can be estimated
        assertThat(StratifiedSample.allocate(new int[] {990, 10}, 50)).containsExactly(50, 2);
    }

    @Test
    void drawIsReproducibleStratifiedAndWithoutRepeats() {
        long[] strata = new long[1000];
        for (int i = 0; i < strata.length; i++) {
            strata[i] = i < 600 ? 7 : 3; // 600 in stratum 7, 400 in stratum 3
        }
        StratifiedSample sample = StratifiedSample.draw(strata, 100, 2023);
        assertThat(sample.stations()).hasSize(100).doesNotHaveDuplicates().isSorted();
        assertThat(Arrays.stream(sample.stations()).filter(i -> i < 600).count()).isEqualTo(60);
        assertThat(sample.strata()).containsExactly(new StratifiedSample.Stratum(3, 400, 40), new StratifiedSample.Stratum(7, 600, 60));
        assertThat(StratifiedSample.draw(strata, 100, 2023).stations()).isEqualTo(sample.stations());
        assertThat(StratifiedSample.draw(strata, 100, 2024).stations()).isNotEqualTo(sample.stations());
    }

    /**
     * By hand. Stratum 1: N = 10, reports (60, 40) and (40, 60); stratum 2: N = 20, reports (30, 70)
     * and (50, 50). Y = 10 * 50 + 20 * 40 = 1300, X = 10 * 100 + 20 * 100 = 3000, R = 0.43333.
     * d = y - R x: stratum 1 16.667 and -3.333 (s^2 = 200), stratum 2 -13.333 and 6.667 (s^2 = 200).
     * V = (10^2 * 0.8 * 200 / 2 + 20^2 * 0.9 * 200 / 2) / 3000^2 = 44000 / 9e6; SE = 0.069921.
     */
    @Test
    void combinedRatioEstimateAndItsErrorByHand() {
        QuickCount count = QuickCount.estimate(Map.of(1L, 10, 2L, 20), List.of(report(1, 60, 40), report(1, 40, 60),
                report(2, 30, 70), report(2, 50, 50)));
        QuickCount.LineEstimate first = count.lines().get(0);
        assertThat(first.share()).isCloseTo(1300 / 3000.0, within(1e-12));
        assertThat(first.standardError()).isCloseTo(Math.sqrt(44000 / 9e6), within(1e-12));
        assertThat(first.margin95()).isCloseTo(0.13704, within(1e-5));
        assertThat(first.margin99()).isCloseTo(0.18011, within(1e-5));
        assertThat(count.lines().get(1).share()).isCloseTo(1 - first.share(), within(1e-12));
        assertThat(count.lines().get(1).standardError()).isCloseTo(first.standardError(), within(1e-12));
        // official 50%: 0.067 from the estimate, inside; 60%: 0.167, outside 95% but inside 99%
        assertThat(first.within95(0.50)).isTrue();
        assertThat(first.within95(0.60)).isFalse();
        assertThat(first.within99(0.60)).isTrue();
        assertThat(first.within99(0.65)).isFalse();
        assertThat(count.strataMissing()).isEmpty();
        assertThat(count.strataWithoutVariance()).isEmpty();
    }

    @Test
    void everyStationReportedMeansNoSamplingError() {
        QuickCount count = QuickCount.estimate(Map.of(1L, 2), List.of(report(1, 60, 40), report(1, 10, 90)));
        assertThat(count.lines().get(0).share()).isCloseTo(70 / 200.0, within(1e-12));
        assertThat(count.lines().get(0).standardError()).isZero();
    }

    @Test
    void strataThatCannotBeEstimatedAreNamed() {
        QuickCount count = QuickCount.estimate(Map.of(1L, 10, 2L, 20, 3L, 5), List.of(report(1, 60, 40), report(1, 40, 60),
                report(2, 30, 70)));
        assertThat(count.strataMissing()).containsExactly(3L);
        assertThat(count.strataWithoutVariance()).containsExactly(2L);
        assertThat(count.stationsReported()).isEqualTo(3);
        assertThatThrownBy(() -> QuickCount.estimate(Map.of(1L, 10), List.of(report(9, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuickCount.estimate(Map.of(1L, 10), List.of(report(1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The sample and the estimate together: a 2% sample of 10,000 simulated stations covers the true share. */
    @Test
    void sampleOfSimulatedStationsEstimatesTheTrueShare() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int stations = 10_000;
        long[] strata = new long[stations];
        long[][] votes = new long[stations][];
        long leader = 0;
        long all = 0;
        for (int i = 0; i < stations; i++) {
            strata[i] = i % 20;
            long valid = 300 + random.nextInt(1200);
            long forLeader = Math.round(valid * (0.35 + 0.02 * strata[i] + 0.1 * random.nextDouble()));
            votes[i] = new long[] {forLeader, valid - forLeader};
            leader += forLeader;
            all += valid;
        }
        StratifiedSample sample = StratifiedSample.draw(strata, 200, 11);
        List<QuickCount.Report> reports = Arrays.stream(sample.stations()).mapToObj(i -> new QuickCount.Report(strata[i], votes[i])).toList();
        Map<Long, Integer> sizes = new java.util.HashMap<>();
        sample.strata().forEach(s -> sizes.put(s.key(), s.stations()));
        QuickCount.LineEstimate estimate = QuickCount.estimate(sizes, reports).lines().get(0);
        assertThat(estimate.within99((double) leader / all)).isTrue();
        assertThat(estimate.margin95()).isBetween(0.001, 0.02);
    }

    private static QuickCount.Report report(long stratum, long... votes) {
        return new QuickCount.Report(stratum, votes);
    }
}
