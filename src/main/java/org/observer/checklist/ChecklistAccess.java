package org.observer.checklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.observer.accreditation.AuthorAccess;
import org.observer.data.SubmissionId;

/** A sent checklist as the signed-in user may see it (AuthorAccess); to anyone else it does not exist. */
@RequestScoped
public class ChecklistAccess {
    @Inject
    AuthorAccess access;

    public ChecklistSubmission visible(String submissionId) {
        return SubmissionId.parse(submissionId).flatMap(ChecklistSubmission::findBySubmission)
                .filter(c -> access.canSee(c.accreditation)).orElseThrow(NotFoundException::new);
    }
}
