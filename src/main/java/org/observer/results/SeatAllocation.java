package org.observer.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.observer.election.SeatMethod;

/**
 * The party-list seats of an election, shared out by its rule, with what explains the arithmetic:
 * the share of each party against the threshold base, the Hare quota with whole seats and
 * remainders, or the divisor method's last quotient that still won a seat.
 *
 * <p>Plain Java on plain numbers, exact: shares and remainders are compared as integer products,
 * never as rounded decimals, so a party exactly at the threshold passes and ties are real ties. A
 * tie for the last seat is decided by more votes, then by ballot order (the law says by lot; the
 * allocation says {@link #tieBroken()} so the page can tell).
 */
public record SeatAllocation(SeatRule rule, long base, long qualifyingVotes, BigDecimal quota,
        BigDecimal lastQuotient, List<PartySeats> parties, int unallocated, boolean tieBroken) {

    /** A party on the ballot and its votes, in ballot order. */
    public record Contender(String code, long votes) {
    }

    /**
     * One party's result. For the Hare method {@code wholeSeats} come from the quota and
     * {@code remainderSeats} from the largest remainders; divisor methods give only whole seats.
     */
    public record PartySeats(String code, long votes, BigDecimal sharePercent, boolean passes, int wholeSeats,
            BigDecimal remainder, int remainderSeats) {
        public int seats() {
            return wholeSeats + remainderSeats;
        }
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public int seatsOf(String code) {
        return parties.stream().filter(p -> p.code().equals(code)).mapToInt(PartySeats::seats).sum();
    }

    /**
     * @param base the votes shares are measured against (for Kazakhstan the votes for parties and
     *             "against all"); a party passes when votes / base >= threshold percent / 100
     */
    public static SeatAllocation allocate(SeatRule rule, long base, List<Contender> contenders) {
        long threshold = rule.thresholdPercent().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        List<Boolean> passes = new ArrayList<>();
        long qualifying = 0;
        for (Contender c : contenders) {
            // votes / base >= percent / 100, in hundredths of a percent and without division
            boolean passed = base > 0 && c.votes() > 0 && c.votes() * 10_000L >= threshold * base;
            passes.add(passed);
            qualifying += passed ? c.votes() : 0;
        }
        int[] whole = new int[contenders.size()];
        int[] extra = new int[contenders.size()];
        BigDecimal[] remainders = new BigDecimal[contenders.size()];
        BigDecimal quota = null;
        BigDecimal lastQuotient = null;
        boolean tie = false;
        if (qualifying > 0 && rule.seats() > 0) {
            if (rule.method() == SeatMethod.LARGEST_REMAINDER_HARE) {
                quota = BigDecimal.valueOf(qualifying).divide(BigDecimal.valueOf(rule.seats()), PRECISION);
                tie = hare(rule.seats(), qualifying, contenders, passes, whole, extra, remainders);
            } else {
                int step = rule.method() == SeatMethod.DHONDT ? 1 : 2;
                long[] last = new long[2];
                tie = divisor(rule.seats(), step, contenders, passes, whole, last);
                lastQuotient = BigDecimal.valueOf(last[0]).divide(BigDecimal.valueOf(last[1]), PRECISION);
            }
        }
        List<PartySeats> parties = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < contenders.size(); i++) {
            Contender c = contenders.get(i);
            BigDecimal share = base == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(c.votes() * 100).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
            parties.add(new PartySeats(c.code(), c.votes(), share, passes.get(i), whole[i], remainders[i], extra[i]));
            given += whole[i] + extra[i];
        }
        return new SeatAllocation(rule, base, qualifying, quota, lastQuotient, List.copyOf(parties),
                rule.seats() - given, tie);
    }

    /** Whole quotas first, then one seat each to the largest remainders; true when a tie decided a seat. */
    private static boolean hare(int seats, long qualifying, List<Contender> contenders, List<Boolean> passes,
            int[] whole, int[] extra, BigDecimal[] remainders) {
        long[] remainderNumerators = new long[contenders.size()];
        int left = seats;
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            if (!passes.get(i)) {
                continue;
            }
            // votes / quota = votes * seats / qualifying: the whole part and the remainder, exactly
            long product = contenders.get(i).votes() * seats;
            whole[i] = (int) (product / qualifying);
            remainderNumerators[i] = product % qualifying;
            remainders[i] = BigDecimal.valueOf(remainderNumerators[i]).divide(BigDecimal.valueOf(qualifying), 4,
                    RoundingMode.HALF_UP);
            left -= whole[i];
            candidates.add(i);
        }
        candidates.sort(Comparator.<Integer>comparingLong(i -> remainderNumerators[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> contenders.get(i).votes()).reversed())
                .thenComparing(i -> i));
        for (int k = 0; k < left && k < candidates.size(); k++) {
            extra[candidates.get(k)] = 1;
        }
        return left > 0 && left < candidates.size()
                && remainderNumerators[candidates.get(left - 1)] == remainderNumerators[candidates.get(left)];
    }

    /**
     * Seat by seat to the highest quotient votes / divisor (D'Hondt: 1, 2, 3...; Sainte-Lague: 1, 3,
     * 5...); {@code last} receives the winning quotient of the last seat as numerator and divisor.
     */
    private static boolean divisor(int seats, int step, List<Contender> contenders, List<Boolean> passes, int[] won,
            long[] last) {
        boolean tie = false;
        for (int seat = 0; seat < seats; seat++) {
            int best = -1;
            boolean tiedNow = false;
            for (int i = 0; i < contenders.size(); i++) {
                if (!passes.get(i)) {
                    continue;
                }
                if (best < 0) {
                    best = i;
                    tiedNow = false;
                    continue;
                }
                long mine = contenders.get(i).votes() * (1L + (long) step * won[best]);
                long theirs = contenders.get(best).votes() * (1L + (long) step * won[i]);
                if (mine > theirs) {
                    best = i;
                    tiedNow = false;
                } else if (mine == theirs) {
                    tiedNow = true;
                    if (contenders.get(i).votes() > contenders.get(best).votes()) {
                        best = i;
                    }
                }
            }
            // a tie matters only when it decided the last seat
            tie = seat == seats - 1 && tiedNow;
            last[0] = contenders.get(best).votes();
            last[1] = 1L + (long) step * won[best];
            won[best]++;
        }
        return tie;
    }
}
