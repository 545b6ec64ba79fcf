package org.observer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.observer.audit.AuditTrail;
import org.observer.data.Sha256;

/**
 * Writes each export to the audit trail once its last row is out (the count and hash are known only
 * then), or says how far it got when it broke off. Subject type EXPORT, the election's id as subject.
 */
@ApplicationScoped
public class ExportAudit {
    public static final String ACTION = "EXPORTED";
    public static final String SUBJECT = "EXPORT";

    @Inject
    AuditTrail audit;

    /** Its own transaction: the export's snapshot is read-only, and the request has long returned. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(AuditTrail.Actor actor, long electionId, Long stationId, Manifest manifest) {
        audit.record(actor, ACTION, SUBJECT, electionId, stationId, describe(manifest), manifest.summary());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void broken(AuditTrail.Actor actor, long electionId, Long stationId, Manifest manifest, long rows,
            Exception cause) {
        // the response has started: the client sees a cut-off body, the log and the audit trail say why
        io.quarkus.logging.Log.warnf(cause, "Export %s broke off after %d rows", manifest.dataFile(), rows);
        audit.record(actor, ACTION, SUBJECT, electionId, stationId, describe(manifest),
                "INCOMPLETE: after " + rows + " rows, " + cause.getClass().getSimpleName());
    }

    /** A document made whole in memory (the findings PDF): written once it is made, before it is sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void document(AuditTrail.Actor actor, long electionId, String file, String filter, byte[] bytes) {
        audit.record(actor, ACTION, SUBJECT, electionId, null, file + (filter.isEmpty() ? "" : " " + filter),
                "bytes=" + bytes.length + " sha256=" + Sha256.of(bytes));
    }

    private static String describe(Manifest manifest) {
        return manifest.dataFile() + " " + manifest.flavour().lower()
                + (manifest.filter().isEmpty() ? "" : " " + manifest.filter());
    }
}
