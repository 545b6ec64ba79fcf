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
}
