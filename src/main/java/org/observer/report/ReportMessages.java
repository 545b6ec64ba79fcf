package org.observer.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The incident report's words, {report:key} in templates; texts in messages/report_*.properties. */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {
    @Message
    String new_title();

    @Message
    String amend_title();

    @Message
    String not_assigned();

    @Message
    String fix_errors();

    @Message
    String reattach_photos();

    @Message
    String phase();

    @Message
    String phase_OPENING();

    @Message
    String phase_VOTING();

    @Message
    String phase_CLOSING();

    @Message
    String phase_COUNTING();

    @Message
    String phase_TABULATION();

    @Message
    String category();

    @Message
    String severity();

    @Message
    String severity_INFO();

    @Message
    String severity_MINOR();

    @Message
    String severity_SERIOUS();

    @Message
    String severity_CRITICAL();

    @Message
    String observed_at();

    @Message
    String description();

    @Message
    String people_involved();

    @Message
    String people_involved_hint();

    @Message
    String reported_to_commission();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String commission_answer();

    @Message
    String photos();

    @Message
    String photos_hint(int count, long megabytes);

    @Message
    String photo_alt(int position);

    @Message
    String send();

    @Message
    String save_draft();

    @Message
    String error_photo_count();

    @Message
    String error_photo_size();

    @Message
    String error_photo_type();

    @Message
    String receipt_title();

    @Message
    String receipt_code();

    @Message
    String receipt_hint();

    @Message
    String status();

    @Message
    String status_NEW();

    @Message
    String status_IN_REVIEW();

    @Message
    String status_VERIFIED();

    @Message
    String status_DISMISSED();

    @Message
    String status_REFERRED();

    @Message
    String public_comment();

    @Message
    String observer();

    @Message
    String received_at();

    @Message
    String versions();

    @Message
    String version_line(int version, String time);

    @Message
    String amend();

    @Message
    String my_reports();

    @Message
    String drafts();

    @Message
    String no_reports();

    @Message
    String report_incident();

    @Message
    String history();

    @Message
    String audit_REPORT_FILED();

    @Message
    String audit_REPORT_AMENDED();

    @Message
    String audit_STATUS_CHANGED();

    @Message
    String audit_PUBLIC_COMMENT();

    @Message
    String audit_COMMENT_ADDED();

    @Message
    String audit_INCIDENT_CHANGED();

    @Message
    String amend_window_over();

    @Message
    String error_amend_window();

    @Message
    String error_form_renewed();

    @Message
    String already_sent(String code);

    @Message
    String already_sent_changes();

    @Message
    String open_receipt();

    @Message
    String draft_saved(String station);

    @Message
    String draft_deleted();

    @Message
    String delete_draft();

    /** An export or evidence pack that took in a station's data (written by the export package). */
    @Message
    String audit_EXPORTED();

    /** The commission's official results imported (written by the tally package). */
    @Message
    String audit_RESULTS_IMPORTED();
}
