package org.observer.election;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.ZoneId;
import java.util.List;
import org.observer.data.IdentityEntity;

/** A region, a city of republican significance, or "abroad" (whose stations carry their country). */
@Entity
public class AdministrativeUnit extends IdentityEntity {
    public enum Kind { REGION, CITY, ABROAD }

    @ManyToOne(optional = false)
    public Election election;
    public String code;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Embedded
    public LocalizedName name;
    public String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static List<AdministrativeUnit> ofElection(Election election) {
        return list("election = ?1 order by kind, name.en", election);
    }
}
