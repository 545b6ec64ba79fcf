package org.observer.election;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;

/** A single-member district: one seat, first past the post. */
@Entity
public class District extends IdentityEntity {
    @ManyToOne(optional = false)
    public Election election;
    public int number;
    @ManyToOne(optional = false)
    public AdministrativeUnit unit;
    @Embedded
    public LocalizedName name;

    public static List<District> ofElection(Election election) {
        return list("election = ?1 order by number", election);
    }
}
