package org.observer.tally;

import org.observer.photo.CheckedPhoto;
import org.observer.photo.PhotoStore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver.StationChoice;
import org.observer.data.ReceiptCode;

/**
 * Writes a tally and its lines in one transaction, once per submission id: the same form sent again,
 * even at the same moment from two connections, finds the first tally instead of making another.
 */
@ApplicationScoped
public class TallyStore {
    /** Receipt codes are random; a clash is rare, several in a row mean something else is wrong. */
    private static final int CODE_ATTEMPTS = 5;

    @Inject
    EntityManager entityManager;

    public sealed interface Outcome {
    }

    /** The tally this submission made, now or at an earlier send. */
    public record Stored(String receiptCode) implements Outcome {
    }

    /** Another observer's form carried this id: their tally is neither shown nor changed. */
    public record SentByAnother() implements Outcome {
    }

    /** The tally sent earlier with this submission id, as its author sees it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Outcome> earlier(UUID submissionId, Accreditation author) {
        return Tally.findBySubmissionId(submissionId).map(tally -> outcomeFor(tally, author));
    }

    /** Whether the tally sent under this id says these figures (null: not all numbers) and this comment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean says(UUID submissionId, TallyForm.Figures figures, String comment) {
        return Tally.findBySubmissionId(submissionId).filter(tally -> tally.figures().equals(figures)
                && java.util.Objects.equals(tally.comment, comment)).isPresent();
    }

    @Inject
    PhotoStore photoStore;

    @Transactional
    public Outcome store(UUID submissionId, Accreditation author, StationChoice station, Ballot ballot,
            TallyForm.Figures figures, List<TallyCheck> failed, String comment, List<BallotChoice> choices,
            Optional<CheckedPhoto> protocolPhoto) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String receiptCode = ReceiptCode.next();
            // "do nothing" on any unique key: a second copy of the submission waits for the first
            // one's transaction and then inserts nothing; a taken receipt code is drawn again below
            List<?> inserted = entityManager.createNativeQuery("""
                    insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id,
                        station_assigned, ballot, registered_voters, ballots_received, ballots_issued, ballots_unused,
                        ballots_found, ballots_invalid, failed_checks, comment, flagged)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, string_to_array(?14, ','), ?15, ?16)
                    on conflict do nothing
                    returning id""")
                    .setParameter(1, author.election.id)
                    .setParameter(2, submissionId)
                    .setParameter(3, receiptCode)
                    .setParameter(4, station.station().id)
                    .setParameter(5, author.id)
                    .setParameter(6, station.assigned())
                    .setParameter(7, ballot.name())
                    .setParameter(8, figures.registered())
                    .setParameter(9, figures.received())
                    .setParameter(10, figures.issued())
                    .setParameter(11, figures.unused())
                    .setParameter(12, figures.found())
                    .setParameter(13, figures.invalid())
                    .setParameter(14, String.join(",", failed.stream().map(Enum::name).toList()))
                    .setParameter(15, comment)
                    .setParameter(16, !failed.isEmpty())
                    .getResultList();
            if (!inserted.isEmpty()) {
                Tally tally = entityManager.getReference(Tally.class, ((Number) inserted.get(0)).longValue());
                for (int i = 0; i < choices.size(); i++) {
                    TallyLine line = new TallyLine();
                    line.tally = tally;
                    line.ballotLine = choices.get(i).ballotLine();
                    line.candidate = choices.get(i).candidate();
                    line.votes = figures.votes().get(i);
                    line.persist();
                }
                // the photo is kept only with a tally that was stored, never with a repeated send
                protocolPhoto.ifPresent(photo -> entityManager
                        .createNativeQuery("update tally set protocol_photo_id = ?1 where id = ?2")
                        .setParameter(1, photoStore.save(photo)).setParameter(2, tally.id).executeUpdate());
                return new Stored(receiptCode);
            }
            Optional<Tally> first = Tally.findBySubmissionId(submissionId);
            if (first.isPresent()) {
                return outcomeFor(first.get(), author);
            }
        }
        throw new IllegalStateException("no free receipt code after " + CODE_ATTEMPTS + " attempts");
    }

    private static Outcome outcomeFor(Tally tally, Accreditation author) {
        return tally.accreditation.id.equals(author.id) ? new Stored(tally.receiptCode) : new SentByAnother();
    }
}
