package org.observer.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.observer.accreditation.AuthorAccess;
import org.observer.data.ReceiptCode;

/** A report as the signed-in user may see it: to anyone else it does not exist (404, as an unknown code). */
@RequestScoped
public class ReportAccess {
    @Inject
    AuthorAccess access;

    public boolean isAuthor(Report report) {
        return access.isAuthor(report.accreditation);
    }

    /** The code as typed or read out over the phone: lowercase and without the dash will do. */
    public Report visible(String receiptCode) {
        return Report.findByReceipt(ReceiptCode.normalise(receiptCode)).filter(r -> access.canSee(r.accreditation))
                .orElseThrow(NotFoundException::new);
    }
}
