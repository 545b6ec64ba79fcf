package org.observer.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observer.election.LocalizedName;

/** The bars' layout: lengths in proportion to the shares, the threshold's marker, values clear of both. */
class BarChartTest {
    static LocalizedName name(String en) {
        return new LocalizedName(en, en, en);
    }

    @Test
    void barsAreAsLongAsTheirSharesAndTheValuesStayClearOfTheMarker() {
        BarChart chart = BarChart.of(List.of(name("A"), name("B"), name("C")),
                List.of(new BigDecimal("60.00"), new BigDecimal("30.00"), new BigDecimal("2.00")),
                List.of("#111111", "#222222", "#333333"), new BigDecimal("5"));
        // 300 px of room for the longest, 60%: 5 px a point
        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(300, 150, 10);
        assertThat(chart.markerX()).isEqualTo(25);
        assertThat(chart.bars()).extracting(BarChart.Bar::valueX).containsExactly(304, 154, 29);
        // one row each, the label above its bar
        assertThat(chart.bars().get(1).labelY()).isLessThan(chart.bars().get(1).y());
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).textY());
    }

    @Test
    void aThresholdAboveEveryShareStillFitsAndNoVotesDrawNothing() {
        BarChart chart = BarChart.of(List.of(name("A")), List.of(new BigDecimal("3.00")), List.of("#111111"),
                new BigDecimal("6"));
        assertThat(chart.markerX()).isEqualTo(300);
        assertThat(chart.bars().get(0).length()).isEqualTo(150);
        BarChart empty = BarChart.of(List.of(name("A")), List.of(BigDecimal.ZERO), List.of("#111111"), null);
        assertThat(empty.bars().get(0).length()).isZero();
        assertThat(empty.markerX()).isNegative();
    }
}
