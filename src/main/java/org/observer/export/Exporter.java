package org.observer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns a table query into a streamed download with its manifest and its line in the audit trail. */
@ApplicationScoped
public class Exporter {
    @Inject
    DataSource dataSource;
    @Inject
    ExportAudit audit;
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String appVersion;

    /** What is exported and for whom. */
    public record Request(String what, ExportFormat format, Flavour flavour, String filter, String filterShort,
            boolean zip, ExportAccess.Reader reader, long electionId, Long stationId) {
    }

    public <R> Response respond(Request request, TableQuery<R> table) {
        Manifest manifest = manifest(request, request.format().extension());
        ExportStream<R> stream = new ExportStream<>(dataSource, table, manifest, request.zip(),
                finished -> audit.done(request.reader().actor(), request.electionId(), request.stationId(), finished),
                (rows, cause) -> audit.broken(request.reader().actor(), request.electionId(), request.stationId(),
                        manifest, rows, cause));
        return ExportResponses.ok(manifest, request.zip(), stream);
    }

    /** The evidence pack: several tables, photos and a cover in one ZIP, with its manifest inside. */
    public Response respondPack(Request request, java.util.List<EvidencePack.StationPart> parts,
            EvidencePack.Cover cover) {
        Manifest manifest = manifest(request, "zip");
        EvidencePack pack = new EvidencePack(dataSource, parts, manifest, cover,
                finished -> parts.forEach(part -> audit.done(request.reader().actor(), request.electionId(),
                        part.station().id(), finished)),
                (files, cause) -> audit.broken(request.reader().actor(), request.electionId(), request.stationId(),
                        manifest, files, cause));
        return ExportResponses.ok(manifest, true, pack);
    }

    private Manifest manifest(Request request, String extension) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Manifest.before(request.what(), ExportResponses.fileName(request.what(), request.flavour(),
                request.filterShort(), now, extension), request.format(), request.flavour(), request.filter(), now,
                request.reader().actor().name(), request.reader().actor().subject(), appVersion);
    }
}
