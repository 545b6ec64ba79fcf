package org.observer.forensics;

import java.util.List;

/**
 * One station's official figures as the tests need them. Turnout is ballots issued over registered
 * voters, as the results pages count it (and so above 100% where more ballots were issued than there
 * are voters on the list); a line's share is its votes over the votes for all lines ("against all" included), the
 * base the Kazakh CEC publishes its percentages on.
 *
 * @param district the station's district (or any grouping the caller compares stations within)
 * @param number the station's number; consecutive numbers in a district are neighbours
 * @param registered registered voters
 * @param ballotsIssued ballots issued to voters
 * @param votes votes per ballot line, in the same line order for every station
 */
public record StationCounts(long district, int number, long registered, long ballotsIssued, long[] votes) {

    public long validVotes() {
        return sum(votes);
    }

    static long sum(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }

    /** NaN for a station without registered voters. */
    public double turnout() {
        return registered == 0 ? Double.NaN : (double) ballotsIssued / registered;
    }

    /** NaN for a station without votes. */
    public double share(int line) {
        long valid = validVotes();
        return valid == 0 ? Double.NaN : (double) votes[line] / valid;
    }

    /**
     * The line with the most votes over all stations: the "leading party" whose share the
     * fingerprint, the round-number test and the outliers follow (Klimek et al. and Kobak et al.
     * follow the national winner at every station, not each station's own leader).
     */
    public static int nationalLeader(List<StationCounts> stations) {
        long[] totals = new long[stations.isEmpty() ? 0 : stations.get(0).votes().length];
        for (StationCounts station : stations) {
            for (int line = 0; line < totals.length; line++) {
                totals[line] += station.votes()[line];
            }
        }
        int leader = 0;
        for (int line = 1; line < totals.length; line++) {
            if (totals[line] > totals[leader]) {
                leader = line;
            }
        }
        return leader;
    }
}
