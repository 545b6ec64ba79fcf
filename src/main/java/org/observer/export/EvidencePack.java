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
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.observer.data.Sha256;
import org.observer.election.LocalizedName;
import org.observer.results.StationComparison.BallotProtocols;
import org.observer.results.StationComparison;
import org.observer.review.QueueRow;

/**
 * The evidence of one or more stations, ready to attach to a complaint: per station its reports,
 * photos, the official protocol, observers' protocol copies with their photos, each copy beside the
 * protocol line by line (comparison.csv, and on the cover) and the audit trail; a cover page in the
 * chosen language listing the findings and the law articles their categories cite; SHA256SUMS over every
 * file (checkable with {@code sha256sum -c}) and a manifest.json whose hash is that of SHA256SUMS. One
 * snapshot for all the tables and photos; the comparison is read just before it (StationComparison reads
 * through the app's own connection), so a copy filed in that instant can be in the tables and not yet in
 * the comparison: the next pack has both.
 */
final class EvidencePack implements StreamingOutput {
    static final String SUMS = "SHA256SUMS";
    /** The capital letters of a figure's name ("registeredVoters"), for the CSV's "registered_voters". */
    private static final Pattern FIGURE = Pattern.compile("([A-Z])");

    /**
     * A station of the pack, with its official protocols beside the observers' copies the reader may see
     * ({@link StationComparison}), read when the pack is asked for, just before its snapshot.
     */
    record Station(long id, String number, String name, String address, LocalizedName unit, int district,
            List<BallotProtocols> protocols) {
    }

    /** A law article a finding's category cites. */
    record Article(String code, LocalizedName category, String reference) {
    }

    record PackFile(String name, String sha256) {
    }

    /**
     * What the pack holds for one station: its reports as a table, and the other tables' queries.
     *
     * @param photosSql the station's photos: file name in the station's folder, content type, stored SHA-256, bytes
     */
    record StationPart(Station station, TableQuery<QueueRow> reports, List<TableQuery<Object[]>> tables,
            String photosSql, String articlesSql, Locale language) {
    }

    /** comparison.csv: one row per protocol line and copy. */
    static final List<Column<Object[]>> COMPARISON = List.of(
            Column.of("ballot", Column.Kind.TEXT, Column.Audience.PUBLIC, r -> r[0]),
            Column.of("line", Column.Kind.TEXT, Column.Audience.PUBLIC, r -> r[1]),
            Column.of("official", Column.Kind.NUMBER, Column.Audience.PUBLIC, r -> r[2]),
            Column.of("copy_receipt_code", Column.Kind.TEXT, Column.Audience.ORGANISATION, r -> r[3]),
            Column.of("observer", Column.Kind.TEXT, Column.Audience.ORGANISATION, r -> r[4]),
            Column.of("copy", Column.Kind.NUMBER, Column.Audience.PUBLIC, r -> r[5]),
            Column.of("difference", Column.Kind.NUMBER, Column.Audience.PUBLIC, r -> r[6]),
            Column.of("differs", Column.Kind.BOOLEAN, Column.Audience.PUBLIC, r -> r[7]));

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
                files.add(comparison(zip, folder + "comparison.csv", part.station(), part.language()));
                snapshot.each(part.photosSql(), s -> s.setLong(1, part.station().id()), 1, row -> {
                    byte[] data = row.getBytes(4);
                    String name = folder + row.getString(1) + "." + extension(row.getString(2));
                    String sha256 = Sha256.of(data);
                    if (!sha256.equals(row.getString(3))) {
                        // the file holds what is stored now; the cover shows both so the difference is seen
                        name = name + ".CHECKSUM-DIFFERS-FROM-" + row.getString(3);
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

    /** The station's comparison as rows: each line of each ballot, once per observer copy (once if none). */
    private static PackFile comparison(ZipOutputStream zip, String name, Station station, Locale language)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CsvTableWriter writer = new CsvTableWriter(zip);
        writer.start("comparison", COMPARISON);
        for (BallotProtocols ballot : station.protocols()) {
            for (StationComparison.Line line : ballot.lines()) {
                String label = line.figure() != null
                        ? FIGURE.matcher(line.figure()).replaceAll("_$1").toLowerCase(Locale.ROOT)
                        : line.name().in(language);
                if (ballot.copies().isEmpty()) {
                    writer.row(new Object[] { ballot.ballot(), label, line.official(), null, null, null, null, false });
                }
                for (int c = 0; c < ballot.copies().size(); c++) {
                    Long copy = line.copies().get(c);
                    writer.row(new Object[] { ballot.ballot(), label, line.official(),
                            ballot.copies().get(c).receiptCode(), ballot.copies().get(c).observer(), copy,
                            copy == null || line.official() == null ? null : copy - line.official(),
                            line.differs(c) });
                }
            }
        }
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
