package org.observer.forensics;

import java.util.EnumSet;
import java.util.Set;

/**
 * A reason to look at a station, with its weight in the "look here first" score. Each flag has a
 * short label ({@code flag_NAME_label}) and a sentence ({@code flag_NAME}) in the forensics message
 * bundle that says what the flag means and what it does not: a flag is a reason to look, not a proof.
 *
 * <p>The weights order the review queue and are a judgement, not a probability: a station's own
 * figures disagreeing with an observer's copy weighs most, a neighbour's identical protocol next,
 * then the outliers; round percentages and a district's digits say little about one station.
 */
public enum StationFlag {
    OBSERVER_COPY_DIFFERS(4),
    IDENTICAL_NEIGHBOUR(3),
    TURNOUT_OUTLIER(2),
    SHARE_OUTLIER(2),
    FULL_TURNOUT(2),
    WHOLE_PERCENTAGE(0.5),
    DIGITS_IN_DISTRICT(0.5);

    /**
     * A district's digits raise {@link #DIGITS_IN_DISTRICT} below this p-value. With 29 districts and
     * two tests each, honest counts still flag about one district in two elections at this level:
     * the flag's weight is small for that reason.
     */
    public static final double DIGITS_P_VALUE = 0.01;

    private final double weight;

    StationFlag(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public String messageKey() {
        return "flag_" + name();
    }

    public String labelKey() {
        return messageKey() + "_label";
    }

    /** Whether a district's last-digit or second-digit test raises {@link #DIGITS_IN_DISTRICT} for its stations. */
    public static boolean digitsFlagDistrict(DigitTest lastDigits, SecondDigitTest.Result secondDigits) {
        return belowFlagLevel(lastDigits) || belowFlagLevel(secondDigits.test());
    }

    private static boolean belowFlagLevel(DigitTest test) {
        return test.chiSquare().map(chiSquare -> chiSquare.pValue() < DIGITS_P_VALUE).orElse(false);
    }

    /**
     * The flags a station's own figures raise. {@link #OBSERVER_COPY_DIFFERS} and
     * {@link #DIGITS_IN_DISTRICT} need data from elsewhere: the caller adds them.
     */
    public static Set<StationFlag> of(StationOutliers.Finding finding, int leadingLine) {
        Set<StationFlag> flags = EnumSet.noneOf(StationFlag.class);
        StationCounts station = finding.station();
        if (finding.turnoutOutlier()) {
            flags.add(TURNOUT_OUTLIER);
        }
        if (finding.shareOutlier()) {
            flags.add(SHARE_OUTLIER);
        }
        if (finding.fullTurnout()) {
            flags.add(FULL_TURNOUT);
        }
        if (finding.identicalNeighbour().isPresent()) {
            flags.add(IDENTICAL_NEIGHBOUR);
        }
        boolean wholeTurnout = station.registered() >= RoundNumbers.MINIMUM_DENOMINATOR
                && RoundNumbers.isWholePercentage(station.ballotsIssued(), station.registered());
        boolean wholeShare = station.validVotes() >= RoundNumbers.MINIMUM_DENOMINATOR
                && RoundNumbers.isWholePercentage(station.votes()[leadingLine], station.validVotes());
        if (wholeTurnout || wholeShare) {
            flags.add(WHOLE_PERCENTAGE);
        }
        return flags;
    }
}
