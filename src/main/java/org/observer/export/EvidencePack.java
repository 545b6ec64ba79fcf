package org.observer.export;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.observer.election.LocalizedName;
import org.observer.review.QueueRow;

/**
 * The evidence of one or more stations, ready to attach to a complaint: per station its reports,
 * photos, observers' protocol copies and audit trail; a cover page in the chosen language listing the
 * findings and the law articles their categories cite; SHA256SUMS over every file (checkable with
 * {@code sha256sum -c}) and a manifest.json whose hash is that of SHA256SUMS. One snapshot for all.
 */
final class EvidencePack implements StreamingOutput {
    static final String SUMS = "SHA256SUMS";

    record Station(long id, String number, String name, String address, LocalizedName unit, int district) {
    }

    /** A law article a finding's category cites. */
    record Article(String code, LocalizedName category, String reference) {
    }

    record PackFile(String name, String sha256) {
    }

    /** What the pack holds for one station: its reports as a table, and the other tables' queries. */
    record StationPart(Station station, TableQuery<QueueRow> reports, List<TableQuery<Object[]>> tables,
            String photosSql, String articlesSql) {
    }

    interface Cover {
        TemplateInstance render(List<Station> stations, List<QueueRow> findings, List<Article> articles,
                List<PackFile> files, Manifest manifest);
    }

    private final DataSource dataSource;
    private final List<StationPart> parts;
    private final Manifest manifest;
    private final Cover cover;
    private final Consumer<Manifest> done;
    private final ExportStream.Broken broken;

    EvidencePack(DataSource dataSource, List<StationPart> parts, Manifest manifest, Cover cover,
            Consumer<Manifest> done, ExportStream.Broken broken) {
        this.dataSource = dataSource;
        this.parts = parts;
        this.manifest = manifest;
        this.cover = cover;
        this.done = done;
        this.broken = broken;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<PackFile> files = new ArrayList<>();
        List<QueueRow> findings = new ArrayList<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        try {
            writeAll(zip, files, findings, articles);
        } catch (IOException | SQLException | RuntimeException e) {
            broken.after(files.size(), e);
            throw e instanceof IOException io ? io : new IOException("evidence pack broke off after " + files.size()
                    + " files", e);
        }
    }

    private void writeAll(ZipOutputStream zip, List<PackFile> files, List<QueueRow> findings,
            Map<String, Article> articles) throws IOException, SQLException {
        try (Snapshot snapshot = Snapshot.open(dataSource)) {
            for (StationPart part : parts) {
                String folder = part.station().number() + "/";
                files.add(table(zip, snapshot, folder + "reports.csv", part.reports(), findings::add));
                for (TableQuery<Object[]> table : part.tables()) {
                    files.add(table(zip, snapshot, folder + table.name() + ".csv", table, row -> {
                    }));
                }
                snapshot.each(part.photosSql(), s -> s.setLong(1, part.station().id()), 1, row -> {
                    byte[] data = row.getBytes(5);
                    String name = folder + "photos/" + row.getString(1) + "-" + row.getInt(2) + "."
                            + extension(row.getString(3));
                    String sha256 = Sha256.of(data);
                    if (!sha256.equals(row.getString(4))) {
                        // the file holds what is stored now; the cover shows both so the difference is seen
                        name = name + ".CHECKSUM-DIFFERS-FROM-" + row.getString(4);
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(data);
                    zip.closeEntry();
                    files.add(new PackFile(name, sha256));
                });
                snapshot.each(part.articlesSql(), s -> s.setLong(1, part.station().id()), 100, row -> articles
                        .putIfAbsent(row.getString(1), new Article(row.getString(1), new LocalizedName(
                                row.getString(2), row.getString(3), row.getString(4)), row.getString(5))));
            }
        }
        StringBuilder sums = new StringBuilder();
        files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        byte[] sumsFile = sums.toString().getBytes(StandardCharsets.UTF_8);
        Manifest finished = manifest.after(findings.size(), Sha256.of(sumsFile), "the file " + SUMS
                + ", which lists the SHA-256 of every other file but the cover and this manifest");
        add(zip, SUMS, sumsFile);
        add(zip, "cover.html", cover.render(parts.stream().map(StationPart::station).toList(), findings,
                List.copyOf(articles.values()), files, finished).render().getBytes(StandardCharsets.UTF_8));
        ManifestFile.add(zip, finished);
        zip.finish();
        zip.flush();
        done.accept(finished);
    }

    private static <R> PackFile table(ZipOutputStream zip, Snapshot snapshot, String name, TableQuery<R> table,
            Consumer<R> seen) throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(name));
        CsvTableWriter writer = new CsvTableWriter(zip);
        writer.start(table.name(), table.columns());
        snapshot.each(table.sql(), table.binder(), Snapshot.FETCH_SIZE, row -> {
            R read = table.reader().read(row);
            seen.accept(read);
            writer.row(table.values(read));
        });
        String sha256 = writer.endData();
        writer.finish(null);
        zip.closeEntry();
        return new PackFile(name, sha256);
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "jpg";
        };
    }
}
