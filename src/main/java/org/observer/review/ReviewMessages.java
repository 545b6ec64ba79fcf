package org.observer.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The review desk's words, {review:key} in templates; texts in messages/review_*.properties. */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {
    @Message
    String queue();

    @Message
    String queue_intro();

    @Message
    String filters();

    @Message
    String apply();

    @Message
    String clear();

    @Message
    String phase();

    @Message
    String severity();

    @Message
    String status();

    @Message
    String category();

    @Message
    String unit();

    @Message
    String district();

    @Message
    String station();

    @Message
    String organisation();

    @Message
    String observer_kind();

    @Message
    String from();

    @Message
    String to();

    @Message
    String time_hint(String zone);

    @Message
    String text_search();

    @Message
    String has_photos();

    @Message
    String tally_flagged();

    @Message
    String any();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String sort();

    @Message
    String sort_TIME();

    @Message
    String sort_SEVERITY();

    @Message
    String sort_STATION();

    @Message
    String count_line(String count);

    @Message
    String count_more(String count);

    @Message
    String none_match();

    @Message
    String select_report(String code);

    @Message
    String with_selected();

    @Message
    String bulk_apply();

    @Message
    String bulk_reason();

    @Message
    String merge_selected();

    @Message
    String witnesses(int count);

    @Message
    String photos(int count);

    @Message
    String flagged_tally();

    @Message
    String held_by(String name);

    @Message
    String next_page();

    @Message
    String previous_page();

    @Message
    String page_n(int page);

    @Message
    String as_json();

    /** Above the queue when a parameter of its URL could not be read (a link typed or cut short). */
    @Message
    String filter_unreadable();

    @Message
    String page_unreadable();

    @Message
    String decision_TAKE();

    @Message
    String decision_RELEASE();

    @Message
    String decision_VERIFY();

    @Message
    String decision_DISMISS();

    @Message
    String decision_REFER();

    @Message
    String decision_REOPEN();

    @Message
    String review_title(String code);

    @Message
    String decide();

    @Message
    String no_decision();

    @Message
    String reason();

    @Message
    String public_comment();

    @Message
    String public_comment_hint();

    @Message
    String save_public_comment();

    @Message
    String internal_comments();

    @Message
    String internal_hint();

    @Message
    String add_comment();

    @Message
    String note();

    @Message
    String no_comments();

    @Message
    String incident(long id);

    @Message
    String incident_hint();

    @Message
    String split();

    @Message
    String merge_with();

    @Message
    String merge();

    @Message
    String this_report();

    @Message
    String dismissed_because(String reason);

    @Message
    String back_to_queue();

    @Message
    String observer_page();

    @Message
    String conflict_changed(String status);

    @Message
    String conflict_held(String name);

    @Message
    String conflict_refused(String status);

    @Message
    String bulk_done(long count);

    @Message
    String bulk_skipped(String codes);

    @Message
    String nothing_selected();

    @Message
    String reason_required();

    @Message
    String merged(int count);

    @Message
    String split_done();

    @Message
    String split_alone();

    @Message
    String station_history();

    @Message
    String critical_count(String count);
}
