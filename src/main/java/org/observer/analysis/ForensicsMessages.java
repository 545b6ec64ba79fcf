package org.observer.analysis;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The forensics words, {forensics:key} in templates; texts in messages/forensics_*.properties. Here and
 * not in org.observer.forensics, which stays plain Java without Quarkus.
 */
@MessageBundle(value = "forensics", locale = "en")
public interface ForensicsMessages {
    @Message
    String flag_OBSERVER_COPY_DIFFERS_label();

    @Message
    String flag_OBSERVER_COPY_DIFFERS();

    @Message
    String flag_IDENTICAL_NEIGHBOUR_label();

    @Message
    String flag_IDENTICAL_NEIGHBOUR();

    @Message
    String identical_to(String number);

    @Message
    String flag_TURNOUT_OUTLIER_label();

    @Message
    String flag_TURNOUT_OUTLIER();

    @Message
    String flag_SHARE_OUTLIER_label();

    @Message
    String flag_SHARE_OUTLIER();

    @Message
    String flag_FULL_TURNOUT_label();

    @Message
    String flag_FULL_TURNOUT();

    @Message
    String flag_WHOLE_PERCENTAGE_label();

    @Message
    String flag_WHOLE_PERCENTAGE();

    @Message
    String flag_DIGITS_IN_DISTRICT_label();

    @Message
    String flag_DIGITS_IN_DISTRICT();

    @Message
    String score_means();

    @Message
    String score_reports_MINOR();

    @Message
    String score_reports_SERIOUS();

    @Message
    String score_reports_CRITICAL();

    @Message
    String score_reports_VERIFIED();

    @Message
    String digits_not_enough_data(int minimum);

    @Message
    String lastDigit_means();

    @Message
    String secondDigit_means();

    @Message
    String roundNumbers_means();

    @Message
    String fingerprint_means();

    @Message
    String turnout_definition();

    @Message
    String fingerprint_above_full(int above);

    @Message
    String cumulative_means();

    @Message
    String quickCount_means();

    @Message
    String quickCount_inside();

    @Message
    String quickCount_outside(String lines);

    @Message
    String quickCount_partial(int covered, int strata);

    @Message
    String quickCount_narrow(int single);

    @Message
    String quickCount_missing();

    @Message
    String quickCount_single();

    @Message
    String quickCount_verdict_partial();

    @Message
    String fingerprint_title();

    @Message
    String fingerprint_xAxis();

    @Message
    String fingerprint_yAxis();

    @Message
    String cumulative_title();

    @Message
    String cumulative_yAxis();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String leader(String name);

    @Message
    String nation();

    @Message
    String region();

    @Message
    String show();

    @Message
    String official();

    @Message
    String copies();

    @Message
    String area();

    @Message
    String source();

    @Message
    String counts_used();

    @Message
    String chi_square();

    @Message
    String p_value();

    @Message
    String last_digit();

    @Message
    String second_digit();

    @Message
    String mean_second_digit();

    @Message
    String round_numbers();

    @Message
    String measure();

    @Message
    String measure_turnout();

    @Message
    String measure_share();

    @Message
    String measure_either();

    @Message
    String observed();

    @Message
    String expected();

    @Message
    String interval95();

    @Message
    String excess();

    @Message
    String outliers();

    @Message
    String outliers_means();

    @Message
    String turnout_z();

    @Message
    String share_z();

    @Message
    String flags();

    @Message
    String none();

    @Message
    String station();

    @Message
    String district();

    @Message
    String quick_count();

    @Message
    String quick_count_sample(int sampled, long seed, int reported);

    @Message
    String quick_count_none();

    @Message
    String estimate();

    @Message
    String margin95();

    @Message
    String margin99();

    @Message
    String official_share();

    @Message
    String inside95();

    @Message
    String inside99();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String sample_csv();

    @Message
    String sample_list();

    @Message
    String address();

    @Message
    String look_here_first();

    @Message
    String look_here_first_intro(int shown, int total);

    @Message
    String score();

    @Message
    String parts();

    @Message
    String stations_none();
    @Message
    String flag_meanings();
}
