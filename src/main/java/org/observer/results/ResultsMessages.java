package org.observer.results;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The results pages' words, {results:key} in templates; texts in messages/results_*.properties. */
@MessageBundle(value = "results", locale = "en")
public interface ResultsMessages {
    @Message
    String import_title();

    @Message
    String import_help();

    @Message
    String protocols_loaded(String count);

    @Message
    String national_title();

    @Message
    String no_results();

    @Message
    String party();

    @Message
    String votes();

    @Message
    String share();

    @Message
    String seats();

    @Message
    String passes();

    @Message
    String below_threshold();

    @Message
    String turnout();

    @Message
    String turnout_line(String issued, String registered, String percent);

    @Message
    String threshold_line(String percent, String votes, String base);

    @Message
    String base_PARTIES_AND_AGAINST_ALL();

    @Message
    String base_PARTIES();

    @Message
    String base_BALLOTS_FOUND();

    @Message
    String method_LARGEST_REMAINDER_HARE(String seats, String qualifying, String quota);

    @Message
    String method_DHONDT(String seats, String quotient);

    @Message
    String method_SAINTE_LAGUE(String seats, String quotient);

    @Message
    String whole_and_remainder(int whole, String remainder, int extra);

    @Message
    String unallocated(int seats);

    @Message
    String tie_broken();

    @Message
    String districts_title();

    @Message
    String district();

    @Message
    String candidate();

    @Message
    String winner();

    @Message
    String self_nominated();

    @Message
    String tied();

    @Message
    String drill_down();

    @Message
    String unit();

    @Message
    String station();

    @Message
    String stations();

    @Message
    String registered();

    @Message
    String reports();

    @Message
    String severity_INFO();

    @Message
    String severity_MINOR();

    @Message
    String severity_SERIOUS();

    @Message
    String severity_CRITICAL();

    @Message
    String verified();

    @Message
    String differing_tallies();

    @Message
    String differing_votes();

    @Message
    String flagged_tallies();

    @Message
    String unobserved();

    @Message
    String official_protocol();

    @Message
    String observer_copy(String receipt);

    @Message
    String line();

    @Message
    String differs();

    @Message
    String station_reports();

    @Message
    String no_reports();

    @Message
    String no_protocol();

    @Message
    String what_if_title();

    @Message
    String what_if_help();

    @Message
    String exclude_verified_critical();

    @Message
    String exclude_numbers();

    @Message
    String recompute();

    @Message
    String excluded_stations(String count);

    @Message
    String official();

    @Message
    String without_excluded();

    @Message
    String change();

    @Message
    String crossed_threshold_up(String party);

    @Message
    String crossed_threshold_down(String party);

    @Message
    String seat_change(String party, int from, int to);

    @Message
    String winner_change(int district, String from, String to);

    @Message
    String no_change();

    @Message
    String turnout_distribution();

    @Message
    String reports_per_hour();

    @Message
    String updated();
}
