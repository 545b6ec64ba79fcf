package org.observer.tally;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the tally pages, {tally:key} in templates: a bundle of its own beside msg, with the
 * English texts in messages/tally_en.properties and the Russian and Kazakh ones beside it.
 */
@MessageBundle(value = "tally", locale = "en")
public interface TallyMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String ballot();

    @Message
    String ballot_PARTY_LIST();

    @Message
    String ballot_SINGLE_MEMBER();

    @Message
    String not_assigned();

    @Message
    String protocol_lines();

    @Message
    String registeredVoters();

    @Message
    String registered_hint(String count);

    @Message
    String ballotsReceived();

    @Message
    String ballotsIssued();

    @Message
    String ballotsUnused();

    @Message
    String ballotsFound();

    @Message
    String ballotsInvalid();

    @Message
    String votes_PARTY_LIST();

    @Message
    String votes_SINGLE_MEMBER();

    @Message
    String votes();

    @Message
    String comment();

    @Message
    String comment_hint();

    @Message
    String send();

    @Message
    String error_required();

    @Message
    String error_number();

    @Message
    String error_negative();

    @Message
    String error_too_large();

    @Message
    String error_all_zero();

    @Message
    String error_comment_required();

    @Message
    String error_comment_long();

    @Message
    String error_submission();

    @Message
    String error_submission_taken();

    @Message
    String checks_failed();

    @Message
    String check_VOTES_AND_INVALID_MAKE_FOUND();

    @Message
    String check_FOUND_NOT_ABOVE_ISSUED();

    @Message
    String check_ISSUED_AND_UNUSED_MAKE_RECEIVED();

    @Message
    String check_ISSUED_NOT_ABOVE_REGISTERED();

    @Message
    String check_FOUND_NOT_ABOVE_REGISTERED();

    @Message
    String receipt_title();

    @Message
    String receipt_code();

    @Message
    String receipt_hint();

    @Message
    String received_at();

    @Message
    String author();

    @Message
    String not_assigned_recorded();

    @Message
    String flagged();

    @Message
    String checks_passed();

    @Message
    String enter_tally();

    @Message
    String back_to_stations();

    @Message
    String another_ballot();

    @Message
    String protocol_photo();

    @Message
    String my_tallies();

    @Message
    String results_imported(int rows, int protocols, int protocolsChanged, int linesChanged);

    @Message
    String fix_lines();

    @Message
    String reattach_photo();

    @Message
    String already_sent(String code);
}
