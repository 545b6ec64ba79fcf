package org.observer.accreditation;

import jakarta.persistence.Entity;
import java.util.List;
import java.util.Optional;
import org.observer.data.IdentityEntity;

/** An observer organisation: an international mission, a domestic network or a party. */
@Entity
public class Organisation extends IdentityEntity {
    public String name;
    /** ISO 3166 code of its seat, if it has one country. */
    public String country;

    public static Optional<Organisation> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }

    public static List<Organisation> listByName() {
        return list("order by name");
    }
}
