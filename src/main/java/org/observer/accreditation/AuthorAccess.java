package org.observer.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.observer.web.CurrentUser;

/**
 * Who may see what an observer sent (reports, protocol copies, checklists): the observer, the
 * coordinators of their organisation, reviewers and admins. One rule for every feature.
 */
@RequestScoped
public class AuthorAccess {
    @Inject
    CurrentUser user;
    @Inject
    CurrentObserver observer;

    public boolean canSee(Accreditation author) {
        if (user.isStaff()) {
            return true;
        }
        return observer.accreditation().filter(own -> Objects.equals(own.id, author.id)
                || user.isCoordinator() && Objects.equals(own.organisation.id, author.organisation.id)).isPresent();
    }

    /** The signed-in observer is the author: they may amend. */
    public boolean isAuthor(Accreditation author) {
        return user.isObserver() && observer.accreditation().filter(own -> Objects.equals(own.id, author.id)).isPresent();
    }
}
