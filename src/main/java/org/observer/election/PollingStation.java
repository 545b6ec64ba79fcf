package org.observer.election;

import io.quarkus.panache.common.Page;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.observer.data.IdentityEntity;

@Entity
public class PollingStation extends IdentityEntity {
    @ManyToOne(optional = false)
    public Election election;
    public String number;
    public String name;
    public String address;
    @ManyToOne(optional = false)
    public AdministrativeUnit unit;
    @ManyToOne(optional = false)
    public District district;
    public int registeredVoters;
    /** ISO 3166 code of the country, for stations abroad. */
    public String country;
    /** Set for stations abroad; the others keep their unit's time zone. */
    public String timeZone;
    public BigDecimal latitude;
    public BigDecimal longitude;
    /** Where the row comes from; "generated" for the demo's made-up rows. */
    public String source;

    public ZoneId zone() {
        return timeZone == null ? unit.zone() : ZoneId.of(timeZone);
    }

    public boolean isGenerated() {
        return "generated".equals(source);
    }

    public static Optional<PollingStation> findByNumber(Election election, String number) {
        return find("election = ?1 and number = ?2", election, number).firstResultOptional();
    }

    /** The query as the search's LIKE patterns read it: lower case, its own % and _ taken literally. */
    public static String searchText(String query) {
        return query.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Stations whose number starts with the query, or whose name or address contains it. */
    public static List<PollingStation> search(Election election, String query, int limit) {
        String escaped = searchText(query);
        return find("""
                select s from PollingStation s join fetch s.unit join fetch s.district
                where s.election = ?1
                  and (s.number like ?2 or lower(s.name) like ?3 or lower(s.address) like ?3)
                order by s.number""", election, escaped + "%", "%" + escaped + "%")
                .page(Page.ofSize(limit)).list();
    }
}
