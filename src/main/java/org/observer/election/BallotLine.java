package org.observer.election;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;

/** A line of the party-list ballot: a party, or the option "against all" (which wins no seats). */
@Entity
public class BallotLine extends IdentityEntity {
    public enum Kind { PARTY, AGAINST_ALL }

    @ManyToOne(optional = false)
    public Election election;
    public int position;
    public String code;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Embedded
    public LocalizedName name;
    public String colour;

    public boolean isParty() {
        return kind == Kind.PARTY;
    }

    public static List<BallotLine> ofElection(Election election) {
        return list("election = ?1 order by position", election);
    }
}
