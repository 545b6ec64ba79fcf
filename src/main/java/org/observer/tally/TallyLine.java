package org.observer.tally;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.observer.data.IdentityEntity;
import org.observer.election.BallotLine;
import org.observer.election.Candidate;

/** The votes of one line of the ballot in a tally: a party or "against all", or a candidate. */
@Entity
public class TallyLine extends IdentityEntity {
    @ManyToOne(optional = false)
    public Tally tally;
    @ManyToOne
    public BallotLine ballotLine;
    @ManyToOne
    public Candidate candidate;
    public int votes;
}
