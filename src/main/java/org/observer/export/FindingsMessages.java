package org.observer.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The findings report's words, {findings:key} in templates; texts in messages/findings_*.properties. */
@MessageBundle(value = "findings", locale = "en")
public interface FindingsMessages {
    @Message
    String language();

    @Message
    String title();

    @Message
    String link();

    @Message
    String pdf();

    @Message
    String whole_election();

    @Message
    String filter(String query);

    @Message
    String made(String at);

    @Message
    String back();

    @Message
    String irregularities();

    @Message
    String reports_line(String reports, String verified);

    @Message
    String by_category();

    @Message
    String by_phase();

    @Message
    String by_region();

    @Message
    String category();

    @Message
    String phase();

    @Message
    String region();

    @Message
    String reports();

    @Message
    String verified();

    @Message
    String incidents();

    @Message
    String incidents_line(String critical, String serious);

    @Message
    String station();

    @Message
    String none();

    @Message
    String differs();

    @Message
    String copies();

    @Message
    String unobserved();

    @Message
    String unobserved_count(String count);

    @Message
    String method();

    @Message
    String method_results();

    @Message
    String method_reports();

    @Message
    String method_stations();

    @Message
    String method_times();

    @Message
    String chart();
}
