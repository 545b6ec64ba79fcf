package org.observer.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.stream.Collectors;
import org.observer.report.ReportMessages;
import org.observer.report.ReportStatus;
import org.observer.web.Languages;

/** The review desk's messages written from Java (a flash after a redirect, a conflict), in the user's language. */
@RequestScoped
public class ReviewTexts {
    @Inject
    HttpHeaders headers;

    private ReviewMessages review() {
        return Languages.messages(ReviewMessages.class, headers);
    }

    private String status(ReportStatus status) {
        ReportMessages words = Languages.messages(ReportMessages.class, headers);
        return switch (status) {
            case NEW -> words.status_NEW();
            case IN_REVIEW -> words.status_IN_REVIEW();
            case VERIFIED -> words.status_VERIFIED();
            case DISMISSED -> words.status_DISMISSED();
            case REFERRED -> words.status_REFERRED();
        };
    }

    String nothingSelected() {
        return review().nothing_selected();
    }

    String reasonRequired() {
        return review().reason_required();
    }

    String merged(int count) {
        return review().merged(count);
    }

    String split(boolean done) {
        return done ? review().split_done() : review().split_alone();
    }

    /** Why a decision was not made, said about the report as it is now. */
    String refusal(ReviewDecisions.Result result) {
        return switch (result.outcome()) {
            case CONFLICT -> review().conflict_changed(status(result.status()));
            case HELD -> review().conflict_held(result.heldBy());
            default -> review().conflict_refused(status(result.status()));
        };
    }

    String bulk(List<ReviewDecisions.Result> results) {
        long done = results.stream().filter(r -> r.outcome() == ReviewDecisions.Outcome.DONE).count();
        String skipped = results.stream().filter(r -> r.outcome() != ReviewDecisions.Outcome.DONE)
                .map(r -> r.receiptCode() == null ? "#" + r.reportId() : r.receiptCode())
                .collect(Collectors.joining(", "));
        return skipped.isEmpty() ? review().bulk_done(done) : review().bulk_done(done) + " " + review().bulk_skipped(skipped);
    }
}
