package org.observer.tally;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;
import org.observer.data.IdentityEntity;
import org.observer.election.Election;
import org.observer.election.PollingStation;

/**
 * The commission's results protocol of one station and ballot, as imported
 * ({@link OfficialResultImport}); its lines are in official_line, read by the results pages in SQL.
 */
@Entity
@Immutable
public class OfficialProtocol extends IdentityEntity {
    @ManyToOne(optional = false)
    public PollingStation station;
    @Enumerated(EnumType.STRING)
    public Ballot ballot;
    public int registeredVoters;
    public int ballotsReceived;
    public int ballotsIssued;
    public int ballotsUnused;
    public int ballotsFound;
    public int ballotsInvalid;

    public static long countOf(Election election) {
        return count("station.election", election);
    }
}
