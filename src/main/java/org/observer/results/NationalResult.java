package org.observer.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.election.ThresholdBase;
import org.observer.results.ResultsQueries.CandidateVotes;
import org.observer.results.ResultsQueries.LineVotes;
import org.observer.results.ResultsQueries.Turnout;
import org.observer.results.SeatAllocation.PartySeats;

/**
 * The result of the election as the pages and the API show it: votes and shares per ballot line,
 * turnout, the threshold, the party-list seats by the election's rule, and the district winners.
 */
public record NationalResult(Turnout turnout, BigDecimal turnoutPercent, List<LineResult> lines, long base,
        ThresholdBase thresholdBase, BigDecimal thresholdPercent, long thresholdVotes, SeatAllocation allocation,
        List<DistrictResult> districts) {

    /** A line of the party-list ballot; "against all" has no seats and no threshold. */
    public record LineResult(String code, boolean party, LocalizedName name, String colour, long votes,
            BigDecimal sharePercent, PartySeats seats) {
        public boolean passes() {
            return seats != null && seats.passes();
        }

        public int seatCount() {
            return seats == null ? 0 : seats.seats();
        }
    }

    public record CandidateResult(long id, String fullName, String partyCode, LocalizedName partyName, long votes,
            BigDecimal sharePercent, boolean winner) {
    }

    public record DistrictResult(int number, LocalizedName name, List<CandidateResult> candidates, long votes) {
        /** The candidate with the most votes; none while no protocol of the district is counted. */
        public CandidateResult winner() {
            return candidates.stream().filter(CandidateResult::winner).findFirst().orElse(null);
        }

        /** Whether another candidate has as many votes as the winner: the commission settles it, not us. */
        public boolean tied() {
            CandidateResult winner = winner();
            return winner != null && candidates.stream().anyMatch(c -> c != winner && c.votes() == winner.votes());
        }
    }

    public boolean hasResults() {
        return turnout.stations() > 0;
    }

    public static NationalResult of(Election election, Turnout turnout, List<LineVotes> lines,
            List<CandidateVotes> candidates) {
        long partyVotes = lines.stream().filter(LineVotes::party).mapToLong(LineVotes::votes).sum();
        long allLines = lines.stream().mapToLong(LineVotes::votes).sum();
        long base = switch (election.thresholdBase) {
            case PARTIES -> partyVotes;
            case BALLOTS_FOUND -> turnout.found();
            default -> allLines;
        };
        SeatAllocation allocation = SeatAllocation.allocate(
                new SeatRule(election.seatMethod, election.thresholdPercent, election.listSeats), base,
                lines.stream().filter(LineVotes::party)
                        .map(l -> new SeatAllocation.Contender(l.code(), l.votes())).toList());
        Map<String, PartySeats> seats = new LinkedHashMap<>();
        allocation.parties().forEach(p -> seats.put(p.code(), p));
        List<LineResult> results = lines.stream().map(l -> new LineResult(l.code(), l.party(), l.name(), l.colour(),
                l.votes(), percent(l.votes(), base), seats.get(l.code()))).toList();
        long thresholdVotes = election.thresholdPercent.multiply(BigDecimal.valueOf(base))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        return new NationalResult(turnout, percent(turnout.issued(), turnout.registered()), results, base,
                election.thresholdBase, election.thresholdPercent, thresholdVotes, allocation, districts(candidates));
    }

    static List<DistrictResult> districts(List<CandidateVotes> candidates) {
        Map<Integer, List<CandidateVotes>> byDistrict = new LinkedHashMap<>();
        candidates.forEach(c -> byDistrict.computeIfAbsent(c.district(), d -> new ArrayList<>()).add(c));
        List<DistrictResult> districts = new ArrayList<>();
        byDistrict.forEach((number, running) -> {
            long total = running.stream().mapToLong(CandidateVotes::votes).sum();
            // the first on the ballot among equals: a tie is the commission's to settle
            CandidateVotes first = running.stream().max(Comparator.comparingLong(CandidateVotes::votes)).orElseThrow();
            List<CandidateResult> results = running.stream()
                    .map(c -> new CandidateResult(c.candidateId(), c.fullName(), c.partyCode(), c.partyName(),
                            c.votes(), percent(c.votes(), total), total > 0 && c == first))
                    .toList();
            districts.add(new DistrictResult(number, running.get(0).districtName(), results, total));
        });
        return districts;
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
