package org.observer.checklist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The checklist's and check-in's words, {checklist:key} in templates; texts in messages/checklist_*.properties. */
@MessageBundle(value = "checklist", locale = "en")
public interface ChecklistMessages {
    @Message
    String title();

    @Message
    String phases();

    @Message
    String hint();

    @Message
    String no_questions();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String not_answered();

    @Message
    String number_hint();

    @Message
    String send();

    @Message
    String fix_errors();

    @Message
    String error_yes_no();

    @Message
    String error_not_number();

    @Message
    String error_negative();

    @Message
    String error_too_large();

    @Message
    String error_nothing_answered();

    @Message
    String error_not_checked_in();

    @Message
    String presence();

    @Message
    String checked_in_here(String time);

    @Message
    String checked_in_elsewhere(String station, String time);

    @Message
    String not_checked_in();

    @Message
    String check_in();

    @Message
    String check_in_moving(String station);

    @Message
    String check_out();

    @Message
    String my_visits();

    @Message
    String still_here();

    @Message
    String sent_here();

    @Message
    String sent_title();

    @Message
    String sent_hint();

    @Message
    String observer();

    @Message
    String received_at();

    @Message
    String answers(int count);

    @Message
    String question();

    @Message
    String answer();

    @Message
    String visits_title();

    @Message
    String no_visits();

    @Message
    String arrived();

    @Message
    String left();

    @Message
    String already_sent(String time);

    @Message
    String open_sent();
}
