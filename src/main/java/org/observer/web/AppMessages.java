package org.observer.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface's words, {msg:key} in templates. The English texts are in
 * messages/msg_en.properties, the Russian and Kazakh ones beside it; a test keeps the three in step.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {
    @Message
    String lang_code();

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_observer();

    @Message
    String nav_coordinator();

    @Message
    String nav_review();

    @Message
    String nav_admin();

    @Message
    String nav_stations();

    @Message
    String language();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String go_on();

    @Message
    String landing_title();

    @Message
    String landing_text();

    @Message
    String no_role_title();

    @Message
    String no_role_text();

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String forbidden_title();

    @Message
    String forbidden_text();

    @Message
    String hello(String name);

    @Message
    String observer_home();

    @Message
    String coordinator_home();

    @Message
    String my_stations();

    @Message
    String find_other_station();

    @Message
    String find_station();

    @Message
    String no_accreditation(String username);

    @Message
    String observers_of(String organisation);

    @Message
    String no_assigned_stations();

    @Message
    String review_desk();

    @Message
    String coverage();

    @Message
    String observed_stations();

    @Message
    String total();

    @Message
    String admin_title();

    @Message
    String import_election();

    @Message
    String import_election_help();

    @Message
    String import_now();

    @Message
    String import_rejected(int count);

    @Message
    String line();

    @Message
    String reattach_files();

    @Message
    String elections();

    @Message
    String no_elections();

    @Message
    String active();

    @Message
    String make_active();

    @Message
    String election_date();

    @Message
    String list_seats();

    @Message
    String threshold();

    @Message
    String ballot_lines();

    @Message
    String units();

    @Message
    String districts();

    @Message
    String candidates();

    @Message
    String stations();

    @Message
    String registered_voters();

    @Message
    String accreditations();

    @Message
    String accreditation_new();

    @Message
    String accreditation_import();

    @Message
    String accreditation_import_help();

    @Message
    String accreditation_search_label();

    @Message
    String organisation();

    @Message
    String organisation_hint();

    @Message
    String all();

    @Message
    String no_accreditations();

    @Message
    String full_name();

    @Message
    String kind();

    @Message
    String kind_INTERNATIONAL();

    @Message
    String kind_DOMESTIC();

    @Message
    String kind_PARTY_AGENT();

    @Message
    String citizenship();

    @Message
    String country_hint();

    @Message
    String login();

    @Message
    String login_hint();

    @Message
    String linked();

    @Message
    String not_linked_yet();

    @Message
    String link_keycloak_user();

    @Message
    String assigned_stations();

    @Message
    String assign_stations();

    @Message
    String assign_stations_hint();

    @Message
    String assign();

    @Message
    String remove();

    @Message
    String save();

    @Message
    String search();

    @Message
    String pages();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String station();

    @Message
    String station_number();

    @Message
    String station_name();

    @Message
    String station_search_label();

    @Message
    String no_stations_found();

    @Message
    String more_stations();

    @Message
    String address();

    @Message
    String unit();

    @Message
    String district();

    @Message
    String country();

    @Message
    String time_zone();

    @Message
    String coordinates();

    @Message
    String generated_row();

    @Message
    String district_candidates();

    @Message
    String self_nominated();

    @Message
    String error_required();

    @Message
    String error_choose();

    @Message
    String error_country();

    @Message
    String error_login();

    @Message
    String error_login_taken();

    @Message
    String error_unknown_stations();

    @Message
    String unlink();

    @Message
    String unlink_hint();

    @Message
    String error_form_expired();

    @Message
    String error_too_long();

    @Message
    String error_in_future();

    @Message
    String error_time();

    @Message
    String queued_banner(String count);

    @Message
    String queue_sent(String count);

    @Message
    String notices();

    @Message
    String notice_new();

    @Message
    String notice_text();

    @Message
    String notice_audience();

    @Message
    String notice_all();

    @Message
    String notice_unit();

    @Message
    String notice_organisation();

    @Message
    String notice_send();

    @Message
    String notices_sent();

    @Message
    String notices_none();

    @Message
    String notice_read_count(long read, long addressed);

    @Message
    String notice_readers();

    @Message
    String notice_read_at();

    @Message
    String notice_unread();

    @Message
    String notice_from_cec();

    @Message
    String mark_read();

    @Message
    String queue_refused(String count);

    @Message
    String queue_kind_report();

    @Message
    String queue_kind_amend();

    @Message
    String queue_kind_tally();

    @Message
    String queue_kind_checklist();

    @Message
    String queue_typed();

    @Message
    String queue_open();

    @Message
    String queue_discard();

    @Message
    String queue_discard_confirm();

    @Message
    String queue_restored();

    @Message
    String queue_reattach();

    @Message
    String signing_out();

    @Message
    String signing_out_text();

    @Message
    String error_number();

    @Message
    String error_before_from();

    @Message
    String error_reason_required();

    @Message
    String error_unknown_report();
}
