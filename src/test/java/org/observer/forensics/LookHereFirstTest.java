package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LookHereFirstTest {

    /** By hand: 2 (100% turnout) + 0.5 (round percentage) + 2 * 0.5 + 1 * 1.5 + 1 verified * 2 = 7; the INFO report adds nothing. */
    @Test
    void scoreAddsFlagWeightsAndReportPointsAndKeepsItsParts() {
        LookHereFirst score = LookHereFirst.of(EnumSet.of(StationFlag.WHOLE_PERCENTAGE, StationFlag.FULL_TURNOUT),
                new ObserverReports(1, 2, 1, 0, 1));
        assertThat(score.total()).isEqualTo(7.0);
        assertThat(score.parts()).extracting(LookHereFirst.Part::messageKey).containsExactly("flag_FULL_TURNOUT_label",
                "flag_WHOLE_PERCENTAGE_label", "score_reports_MINOR", "score_reports_SERIOUS", "score_reports_VERIFIED");
        assertThat(score.parts().get(2)).isEqualTo(new LookHereFirst.Part("score_reports_MINOR", 2, 0.5, 1.0));
    }

    @Test
    void nothingToSeeScoresZeroAndTheQueueOrdersHighestFirst() {
        LookHereFirst nothing = LookHereFirst.of(Set.of(), ObserverReports.NONE);
        assertThat(nothing.total()).isZero();
        assertThat(nothing.parts()).isEmpty();
        LookHereFirst copied = LookHereFirst.of(Set.of(StationFlag.IDENTICAL_NEIGHBOUR), ObserverReports.NONE);
        LookHereFirst reported = LookHereFirst.of(Set.of(), new ObserverReports(0, 0, 0, 2, 2));
        List<LookHereFirst> queue = new ArrayList<>(List.of(nothing, copied, reported));
        queue.sort(LookHereFirst.HIGHEST_FIRST);
        assertThat(queue).containsExactly(reported, copied, nothing);
    }

    @Test
    void moreVerifiedThanReportedIsRefused() {
        assertThatThrownBy(() -> new ObserverReports(0, 1, 0, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stationFiguresRaiseTheirFlags() {
        List<StationCounts> stations = List.of(
                new StationCounts(1, 1, 1000, 503, new long[] {251, 252}), new StationCounts(1, 2, 1000, 487, new long[] {243, 244}),
                new StationCounts(1, 3, 1000, 512, new long[] {255, 257}), new StationCounts(1, 4, 1000, 495, new long[] {247, 248}),
                new StationCounts(1, 5, 300, 300, new long[] {297, 3}), // everyone voted, 99% for the leader
                new StationCounts(1, 6, 1000, 512, new long[] {255, 257})); // the same figures as 3, which is not next door
        List<StationOutliers.Finding> findings = StationOutliers.of(stations, 0);
        assertThat(StationFlag.of(findings.get(4), 0)).containsExactlyInAnyOrder(StationFlag.FULL_TURNOUT,
                StationFlag.TURNOUT_OUTLIER, StationFlag.SHARE_OUTLIER, StationFlag.WHOLE_PERCENTAGE);
        assertThat(StationFlag.of(findings.get(0), 0)).isEmpty();
        assertThat(StationFlag.of(findings.get(5), 0)).isEmpty();
    }

    @Test
    void aDistrictsDigitsFlagItOnlyWhenATestWasRunAndFailed() {
        long[] even = LongStream.rangeClosed(10, 109).toArray(); // 100 counts, ten of each last digit
        long[] sevens = LongStream.range(0, 100).map(i -> 17 + 10 * i).toArray(); // all ending in 7
        long[] few = {17, 27, 37};
        assertThat(StationFlag.digitsFlagDistrict(LastDigitTest.of(sevens), SecondDigitTest.of(even))).isTrue();
        assertThat(StationFlag.digitsFlagDistrict(LastDigitTest.of(few), SecondDigitTest.of(few))).isFalse();
        // 10..109: last digits exactly even; second digits 19 zeros and 9 of each other, chi-square about 5.4, p about 0.8
        assertThat(StationFlag.digitsFlagDistrict(LastDigitTest.of(even), SecondDigitTest.of(even))).isFalse();
    }

    /** Every flag and report line has its label and sentence in the English bundle (translations: MessageBundlesTest). */
    @Test
    void everyKeyTheScoreUsesHasItsSentence() throws IOException {
        Properties english = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/forensics_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (StationFlag flag : StationFlag.values()) {
            assertThat(english.getProperty(flag.messageKey())).as(flag.messageKey()).contains("not");
            assertThat(english).containsKey(flag.labelKey());
        }
        LookHereFirst everything = LookHereFirst.of(EnumSet.allOf(StationFlag.class), new ObserverReports(1, 1, 1, 1, 1));
        everything.parts().forEach(part -> assertThat(english).containsKey(part.messageKey()));
        assertThat(english).containsKeys("score_means", "digits_not_enough_data");
    }
}
