package org.observer.election;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;

/** A candidate on a single-member district's ballot; no ballot line means self-nominated. */
@Entity
public class Candidate extends IdentityEntity {
    @ManyToOne(optional = false)
    public District district;
    public int position;
    public String fullName;
    @ManyToOne
    public BallotLine ballotLine;
    public String source;

    public static List<Candidate> ofDistrict(District district) {
        return list("district = ?1 order by position", district);
    }
}
