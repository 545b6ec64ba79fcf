package org.observer.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.observer.accreditation.Accreditation;
import org.observer.election.PollingStation;
import org.observer.report.Phase;

/**
 * Stores a sent checklist in one transaction. The submission row goes in first and its id is
 * unique: a repeated send, also one arriving at the same moment, waits for the first, finds its row
 * and stores no answers, so each question has at most one answer per submission.
 */
@ApplicationScoped
public class ChecklistStore {
    @Inject
    EntityManager entityManager;

    /** Whether the checklist sent under this submission stores exactly these answers (a resend of the same form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean says(ChecklistSubmission sent, List<ChecklistForm.Answer> answers) {
        return ChecklistAnswer.of(sent).stream()
                .map(a -> ChecklistForm.Answer.of(a.question, a.answerYes, a.answerNumber)).collect(Collectors.toSet())
                .equals(answers.stream().map(a -> ChecklistForm.Answer.of(a.question(), a.yes(), a.number()))
                        .collect(Collectors.toSet()));
    }

    @Transactional
    public ChecklistSubmission submit(Accreditation author, PollingStation station, boolean assigned, Phase phase,
            UUID submissionId, List<ChecklistForm.Answer> answers) {
        @SuppressWarnings("unchecked")
        List<Number> inserted = entityManager.createNativeQuery("""
                insert into checklist_submission (election_id, submission_id, accreditation_id, station_id,
                    station_assigned, phase)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (submission_id) do nothing
                returning id""")
                .setParameter(1, station.election.id).setParameter(2, submissionId).setParameter(3, author.id)
                .setParameter(4, station.id).setParameter(5, assigned).setParameter(6, phase.name())
                .getResultList();
        if (inserted.isEmpty()) {
            ChecklistSubmission existing = ChecklistSubmission.findBySubmission(submissionId).orElseThrow();
            if (!existing.accreditation.id.equals(author.id)) {
                // someone else's id: say nothing about their checklist
                throw new NotFoundException();
            }
            return existing;
        }
        for (ChecklistForm.Answer given : answers) {
            ChecklistAnswer answer = new ChecklistAnswer();
            answer.submissionId = submissionId;
            answer.accreditation = entityManager.getReference(Accreditation.class, author.id);
            answer.station = entityManager.getReference(PollingStation.class, station.id);
            answer.stationAssigned = assigned;
            answer.phase = phase;
            answer.question = entityManager.getReference(ChecklistQuestion.class, given.question().id);
            answer.answerYes = given.yes();
            answer.answerNumber = given.number();
            answer.persist();
        }
        return ChecklistSubmission.findBySubmission(submissionId).orElseThrow();
    }
}
