package org.observer.tally;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.ObserverSubmission;
import org.observer.photo.Photo;

/**
 * An observer's copy of a station's results protocol for one ballot. Written once by
 * {@link TallyStore} with plain SQL (so that a form sent twice makes one row) and never changed.
 */
@Entity
@Immutable
public class Tally extends ObserverSubmission {
    public String receiptCode;
    @Enumerated(EnumType.STRING)
    public Ballot ballot;
    public int registeredVoters;
    public int ballotsReceived;
    public int ballotsIssued;
    public int ballotsUnused;
    public int ballotsFound;
    public int ballotsInvalid;
    /** Names of the {@link TallyCheck}s that failed. */
    public String[] failedChecks;
    public String comment;
    public boolean flagged;
    @ManyToOne
    public Photo protocolPhoto;

    @OneToMany(mappedBy = "tally")
    @OrderBy("id")
    public List<TallyLine> lines = new ArrayList<>();

    /** The figures as the form gives them: protocol lines, then the votes in ballot order. */
    public TallyForm.Figures figures() {
        return new TallyForm.Figures(registeredVoters, ballotsReceived, ballotsIssued, ballotsUnused, ballotsFound,
                ballotsInvalid, lines.stream().map(line -> line.votes).toList());
    }

    public List<TallyCheck> checks() {
        return failedChecks == null ? List.of() : Arrays.stream(failedChecks).map(TallyCheck::valueOf).toList();
    }

    /** The observer's tallies, newest first, with their stations. */
    /** The observer's copies, newest first: rows {@code first} to {@code last}. */
    public static List<Tally> of(Accreditation observer, int first, int last) {
        return find("select t from Tally t join fetch t.station where t.accreditation = ?1"
                + " order by t.receivedAt desc, t.id desc", observer).range(first, last).list();
    }

    public static Optional<Tally> findBySubmissionId(UUID submissionId) {
        return find("submissionId", submissionId).firstResultOptional();
    }

    /** The tally with everything its receipt page shows. */
    public static Optional<Tally> findByReceiptCode(String receiptCode) {
        return find("""
                select t from Tally t join fetch t.station s join fetch s.unit join fetch s.district
                join fetch t.accreditation a join fetch a.organisation
                left join fetch t.lines l left join fetch l.ballotLine left join fetch l.candidate c
                left join fetch c.ballotLine
                where t.receiptCode = ?1""", receiptCode).singleResultOptional();
    }
}
