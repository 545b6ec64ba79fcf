package org.observer.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The exports' words, {export:key} in templates; texts in messages/export_*.properties. */
@MessageBundle(value = "export", locale = "en")
public interface ExportMessages {
    @Message
    String download();

    @Message
    String internal();

    @Message
    String public_file();

    @Message
    String zip();

    @Message
    String hint();

    @Message
    String stations_hint();

    @Message
    String evidence_title();

    @Message
    String evidence_made(String at, String by, String version);

    @Message
    String stations();

    @Message
    String district(int number);

    @Message
    String findings();

    @Message
    String no_findings();

    @Message
    String time();

    @Message
    String category();

    @Message
    String severity();

    @Message
    String status();

    @Message
    String description();

    @Message
    String law_articles();

    @Message
    String no_reference();

    @Message
    String official_protocol();

    @Message
    String official_protocol_where();

    @Message
    String files();

    @Message
    String file();

    @Message
    String sums_hint();

    @Message
    String evidence_pack();

    @Message
    String results_hint();
}
