package org.observer.checklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Objects;
import org.observer.accreditation.CurrentObserver;
import org.observer.data.SubmissionId;
import org.observer.web.CurrentUser;

/**
 * Who may see a sent checklist: the same people as for an incident report (its author,
 * coordinators of the author's organisation, reviewers, admins). To anyone else it does not exist.
 */
@RequestScoped
public class ChecklistAccess {
    @Inject
    CurrentUser user;
    @Inject
    CurrentObserver observer;

    public boolean canSee(ChecklistSubmission checklist) {
        if (user.isReviewer() || user.isAdmin()) {
            return true;
        }
        var own = observer.accreditation();
        if (own.isEmpty()) {
            return false;
        }
        if (user.isObserver() && Objects.equals(own.get().id, checklist.accreditation.id)) {
            return true;
        }
        return user.isCoordinator()
                && Objects.equals(own.get().organisation.id, checklist.accreditation.organisation.id);
    }

    public ChecklistSubmission visible(String submissionId) {
        return SubmissionId.parse(submissionId).flatMap(ChecklistSubmission::findBySubmission).filter(this::canSee)
                .orElseThrow(NotFoundException::new);
    }
}
