package org.observer.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observer.election.SeatMethod;
import org.observer.results.SeatAllocation.Contender;
import org.observer.results.SeatAllocation.PartySeats;

/** Seat allocation on cases worked out by hand (the arithmetic is in each test's comment). */
class SeatAllocationTest {

    static List<Contender> parties(Object... codeAndVotes) {
        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < codeAndVotes.length; i += 2) {
            contenders.add(new Contender((String) codeAndVotes[i], ((Number) codeAndVotes[i + 1]).longValue()));
        }
        return contenders;
    }

    static SeatAllocation allocate(SeatMethod method, String threshold, int seats, long base, List<Contender> parties) {
        return SeatAllocation.allocate(new SeatRule(method, new BigDecimal(threshold), seats), base, parties);
    }

    static List<Integer> seats(SeatAllocation allocation) {
        return allocation.parties().stream().map(PartySeats::seats).toList();
    }

    /** A 47%, B 29%, C 15%, D 6%, E 3% of 10,000 votes, 10 seats, 5% threshold: E is out. */
    static final List<Contender> FIVE = parties("A", 4700, "B", 2900, "C", 1500, "D", 600, "E", 300);

    @Test
    void hareGivesWholeQuotasThenTheLargestRemainders() {
        // qualifying 9,700, quota 970: A 4.845, B 2.990, C 1.546, D 0.619 -> 4+2+1+0 = 7 whole seats;
        // the 3 left go to the remainders .990 (B), .845 (A), .619 (D); C's .546 gets none
        SeatAllocation result = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "5", 10, 10_000, FIVE);
        assertThat(seats(result)).containsExactly(5, 3, 1, 1, 0);
        assertThat(result.qualifyingVotes()).isEqualTo(9_700);
        assertThat(result.quota()).isEqualByComparingTo("970");
        assertThat(result.parties().get(0).wholeSeats()).isEqualTo(4);
        assertThat(result.parties().get(0).remainderSeats()).isEqualTo(1);
        assertThat(result.parties().get(2).remainder()).isEqualByComparingTo("0.5464");
        assertThat(result.parties().get(4).passes()).isFalse();
        assertThat(result.unallocated()).isZero();
        assertThat(result.tieBroken()).isFalse();
    }

    @Test
    void dhondtGivesEachSeatToTheHighestQuotient() {
        // quotients: A 4700 2350 1566.7 1175 940 783.3 | B 2900 1450 966.7 | C 1500 | D 600;
        // the 10 highest: A six times, B three times, C once; the last one is A's 4700/6
        SeatAllocation result = allocate(SeatMethod.DHONDT, "5", 10, 10_000, FIVE);
        assertThat(seats(result)).containsExactly(6, 3, 1, 0, 0);
        assertThat(result.lastQuotient()).isEqualByComparingTo(new BigDecimal("4700").divide(new BigDecimal("6"),
                java.math.MathContext.DECIMAL64));
        assertThat(result.quota()).isNull();
    }

    @Test
    void sainteLagueDividesByOddNumbers() {
        // quotients (1, 3, 5, 7, 9): A 4700 1566.7 940 671.4 522.2 | B 2900 966.7 580 | C 1500 500 | D 600;
        // the 10 highest: A 5, B 3, C 1, D 1; the last one is A's 4700/9
        SeatAllocation result = allocate(SeatMethod.SAINTE_LAGUE, "5", 10, 10_000, FIVE);
        assertThat(seats(result)).containsExactly(5, 3, 1, 1, 0);
        assertThat(result.lastQuotient().doubleValue()).isCloseTo(522.22, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void kazakhstan2023GivesTheSeatsTheCommissionAnnounced() {
        // base 6,366,441 (parties and "against all"); Baytaq's 2.30% is out; qualifying 5,971,719,
        // quota 86,546.65: 39.65 + 8.02 + 6.32 + 6.18 + 5.00 + 3.83 -> 67 whole seats; the two left go
        // to JSDP (.83) and Amanat (.65): 40, 8, 6, 5, 6, 4 in ballot order
        List<Contender> lines = parties("AMANAT", 3_431_510, "AUYL", 693_938, "RESPUBLICA", 547_154, "QHP", 432_920,
                "BAYTAQ", 146_431, "AQJOL", 535_139, "JSDP", 331_058);
        SeatAllocation result = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "5.00", 69, 6_366_441, lines);
        assertThat(seats(result)).containsExactly(40, 8, 6, 5, 0, 6, 4);
        assertThat(result.parties().get(0).sharePercent()).isEqualByComparingTo("53.90");
        assertThat(result.parties().get(4).passes()).isFalse();
    }

    @Test
    void aPartyExactlyAtTheThresholdPasses() {
        // 100 of 2,000 is exactly 5%; 99 is not. 20 seats, quota 100: A 19, B 1
        SeatAllocation at = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "5", 20, 2_000, parties("A", 1_900, "B", 100));
        assertThat(at.parties().get(1).passes()).isTrue();
        assertThat(at.parties().get(1).seats()).isEqualTo(1);
        SeatAllocation below = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "5", 20, 2_000, parties("A", 1_900, "B", 99));
        assertThat(below.parties().get(1).passes()).isFalse();
        assertThat(seats(below)).containsExactly(20, 0);
    }

    @Test
    void divisorMethodsLetAPartyExactlyAtTheThresholdIn() {
        // 100 of 2,000 is exactly 5%. D'Hondt, 21 seats: A's quotients 1,900/k exceed 100 for k <= 18 (18 seats);
        // the 19th and 20th go to the two quotients of 100, A's 1,900/19 and B's first; the 21st to A's 1,900/20 = 95
        SeatAllocation dhondt = allocate(SeatMethod.DHONDT, "5", 21, 2_000, parties("A", 1_900, "B", 100));
        assertThat(dhondt.parties().get(1).passes()).isTrue();
        assertThat(seats(dhondt)).containsExactly(20, 1);
        // Sainte-Laguë, 11 seats: A's quotients 1,900/(2k-1) exceed 100 for k <= 9 (1900, 633, 380, 271, 211,
        // 173, 146, 127, 112); the 10th and 11th go to the two quotients of 100, A's 1,900/19 and B's first
        SeatAllocation sainteLague = allocate(SeatMethod.SAINTE_LAGUE, "5", 11, 2_000, parties("A", 1_900, "B", 100));
        assertThat(sainteLague.parties().get(1).passes()).isTrue();
        assertThat(seats(sainteLague)).containsExactly(10, 1);
        SeatAllocation below = allocate(SeatMethod.SAINTE_LAGUE, "5", 11, 2_000, parties("A", 1_901, "B", 99));
        assertThat(below.parties().get(1).passes()).isFalse();
        assertThat(seats(below)).containsExactly(11, 0);
    }

    @Test
    void divisorMethodsWithNoPartyPassingLeaveEverySeatUnallocated() {
        for (SeatMethod method : List.of(SeatMethod.DHONDT, SeatMethod.SAINTE_LAGUE)) {
            SeatAllocation result = allocate(method, "50", 7, 900, parties("A", 300, "B", 300, "C", 300));
            assertThat(seats(result)).as(method.name()).containsExactly(0, 0, 0);
            assertThat(result.unallocated()).as(method.name()).isEqualTo(7);
            assertThat(result.lastQuotient()).as(method.name()).isNull();
        }
    }

    @Test
    void votesAgainstAllInTheBaseCanPushAPartyBelowTheThreshold() {
        // B has 100 of the 2,000 party votes, but 100 of 2,001 with one vote against all: 4.998%
        SeatAllocation result = allocate(SeatMethod.DHONDT, "5", 10, 2_001, parties("A", 1_900, "B", 100));
        assertThat(result.parties().get(1).passes()).isFalse();
    }

    @Test
    void noPartyPassingLeavesEverySeatUnallocated() {
        SeatAllocation result = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "50", 7, 900,
                parties("A", 300, "B", 300, "C", 300));
        assertThat(seats(result)).containsExactly(0, 0, 0);
        assertThat(result.unallocated()).isEqualTo(7);
        assertThat(result.quota()).isNull();
    }

    @Test
    void equalRemaindersGoByBallotOrderAndSaySo() {
        // 3 x 100 votes for 2 seats: quota 150, no whole seat, three equal remainders of 2/3
        SeatAllocation result = allocate(SeatMethod.LARGEST_REMAINDER_HARE, "0", 2, 300,
                parties("A", 100, "B", 100, "C", 100));
        assertThat(seats(result)).containsExactly(1, 1, 0);
        assertThat(result.tieBroken()).isTrue();
    }

    @Test
    void aDivisorTieForTheLastSeatGoesToTheMoreVotes() {
        // D'Hondt, 2 seats: A 600 takes the first; then A 600/2 = 300 against B 300/1 = 300
        SeatAllocation last = allocate(SeatMethod.DHONDT, "0", 2, 900, parties("B", 300, "A", 600));
        assertThat(seats(last)).containsExactly(0, 2);
        assertThat(last.tieBroken()).isTrue();
        // with 3 seats the tie decides only the order: A 2, B 1, and no seat depended on it
        SeatAllocation earlier = allocate(SeatMethod.DHONDT, "0", 3, 900, parties("B", 300, "A", 600));
        assertThat(seats(earlier)).containsExactly(1, 2);
        assertThat(earlier.tieBroken()).isFalse();
    }

    @Test
    void sainteLagueTieBetweenEqualPartiesGoesByBallotOrder() {
        // 1 seat, two parties with 50 votes each
        SeatAllocation result = allocate(SeatMethod.SAINTE_LAGUE, "0", 1, 100, parties("A", 50, "B", 50));
        assertThat(seats(result)).containsExactly(1, 0);
        assertThat(result.tieBroken()).isTrue();
    }
}
