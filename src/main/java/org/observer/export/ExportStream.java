package org.observer.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * One table sent as it is read: a cursor over a snapshot feeds the format's writer, which writes to the
 * response. With {@code zip}, the data file and a manifest.json beside it go in a ZIP; XLSX carries its
 * manifest as a sheet. The audit trail gets the finished manifest, or how far a broken export got.
 */
final class ExportStream<R> implements StreamingOutput {
    private final DataSource dataSource;
    private final TableQuery<R> table;
    private final Manifest manifest;
    private final boolean zip;
    private final Consumer<Manifest> done;
    private final Broken broken;

    interface Broken {
        void after(long rows, Exception cause);
    }

    ExportStream(DataSource dataSource, TableQuery<R> table, Manifest manifest, boolean zip, Consumer<Manifest> done,
            Broken broken) {
        this.dataSource = dataSource;
        this.table = table;
        this.manifest = manifest;
        this.zip = zip;
        this.done = done;
        this.broken = broken;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zipped = zip ? new ZipOutputStream(out) : null;
        long[] rows = { 0 };
        try {
            if (zipped != null) {
                zipped.putNextEntry(new ZipEntry(manifest.dataFile()));
            }
            TableWriter writer = TableWriter.of(manifest.format(), zipped != null ? zipped : out);
            writer.start(table.name(), table.columns());
            try (Snapshot snapshot = Snapshot.open(dataSource)) {
                snapshot.stream(table, values -> {
                    writer.row(values);
                    rows[0]++;
                });
            }
            Manifest finished = manifest.after(rows[0], writer.endData());
            writer.finish(finished);
            if (zipped != null) {
                zipped.closeEntry();
                ManifestFile.add(zipped, finished);
                zipped.finish();
            }
            out.flush();
            done.accept(finished);
        } catch (IOException | SQLException | RuntimeException e) {
            broken.after(rows[0], e);
            throw e instanceof IOException io ? io : new IOException("export broke off after " + rows[0] + " rows", e);
        }
    }
}
