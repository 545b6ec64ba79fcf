package org.observer.report;

/** Where a report is in the review: set by reviewers, never by a form of the observer's. */
public enum ReportStatus {
    NEW, IN_REVIEW, VERIFIED, DISMISSED, REFERRED;

    public String messageKey() {
        return "status_" + name();
    }
}
