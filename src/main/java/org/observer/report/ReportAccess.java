package org.observer.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.observer.accreditation.AuthorAccess;

/** A report as the signed-in user may see it: to anyone else it does not exist (404, as an unknown code). */
@RequestScoped
public class ReportAccess {
    @Inject
    AuthorAccess access;

    public boolean isAuthor(Report report) {
        return access.isAuthor(report.accreditation);
    }

    public Report visible(String receiptCode) {
        return Report.findByReceipt(receiptCode).filter(r -> access.canSee(r.accreditation))
                .orElseThrow(NotFoundException::new);
    }
}
