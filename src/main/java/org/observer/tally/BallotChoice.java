package org.observer.tally;

import java.util.List;
import org.observer.election.BallotLine;
import org.observer.election.Candidate;
import org.observer.election.PollingStation;

/** One line votes are counted for: a party or "against all" on the party list, or a candidate. */
public record BallotChoice(BallotLine ballotLine, Candidate candidate) {

    /** The lines of the ballot at this station, in ballot order. */
    public static List<BallotChoice> of(Ballot ballot, PollingStation station) {
        if (ballot == Ballot.PARTY_LIST) {
            return BallotLine.ofElection(station.election).stream().map(line -> new BallotChoice(line, null)).toList();
        }
        List<Candidate> candidates = Candidate.list("""
                select c from Candidate c left join fetch c.ballotLine
                where c.district = ?1 order by c.position""", station.district);
        return candidates.stream().map(candidate -> new BallotChoice(null, candidate)).toList();
    }
}
