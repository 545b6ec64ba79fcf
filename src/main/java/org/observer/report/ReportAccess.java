package org.observer.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Objects;
import org.observer.accreditation.CurrentObserver;
import org.observer.web.CurrentUser;

/**
 * Who may see a report: its author, coordinators of the author's organisation, reviewers and
 * admins. To anyone else it does not exist: a guessed receipt code gives 404, as an unknown one.
 */
@RequestScoped
public class ReportAccess {
    @Inject
    CurrentUser user;
    @Inject
    CurrentObserver observer;

    public boolean canSee(Report report) {
        if (user.isReviewer() || user.isAdmin()) {
            return true;
        }
        var own = observer.accreditation();
        if (own.isEmpty()) {
            return false;
        }
        if (user.isObserver() && Objects.equals(own.get().id, report.accreditation.id)) {
            return true;
        }
        return user.isCoordinator() && Objects.equals(own.get().organisation.id, report.accreditation.organisation.id);
    }

    public boolean isAuthor(Report report) {
        return user.isObserver() && observer.accreditation().map(a -> a.id.equals(report.accreditation.id)).orElse(false);
    }

    public Report visible(String receiptCode) {
        return Report.findByReceipt(receiptCode).filter(this::canSee).orElseThrow(NotFoundException::new);
    }
}
