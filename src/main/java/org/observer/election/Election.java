package org.observer.election;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.observer.data.IdentityEntity;

@Entity
public class Election extends IdentityEntity {
    public String code;
    @Embedded
    public LocalizedName name;
    public LocalDate electionDate;
    public int listSeats;
    public BigDecimal thresholdPercent;
    @Enumerated(EnumType.STRING)
    public SeatMethod seatMethod;
    @Enumerated(EnumType.STRING)
    public ThresholdBase thresholdBase;
    /** The election the pages work on. */
    public boolean active;

    public static Optional<Election> findActive() {
        return find("active", true).firstResultOptional();
    }

    /** The active election; without one, the pages that need it answer "not found". */
    public static Election requireActive() {
        return findActive().orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    public static Optional<Election> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
