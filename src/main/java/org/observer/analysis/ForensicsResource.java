package org.observer.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.audit.AuditTrail;
import org.observer.data.Sha256;
import org.observer.data.csv.SpreadsheetText;
import org.observer.election.Election;
import org.observer.forensics.ChartLabels;
import org.observer.forensics.CumulativeCurveSvg;
import org.observer.forensics.FingerprintSvg;
import org.observer.forensics.StationFlag;
import org.observer.web.CurrentUser;
import org.observer.web.Languages;
import org.observer.web.Roles;

/** The forensics page, its quick-count sample as CSV, and the "look here first" review queue. */
// at "/" with full method paths, so that no class at /results hides another's pages below it
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class ForensicsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forensics(Election election, ForensicsStatistics forensics, String leader,
                ForensicsStatistics.Picture region, String fingerprint, String cumulative, String regionFingerprint,
                String regionCumulative, List<ForensicsStatistics.StationFlags> outliers, List<LineRow> quickCount,
                String outside95);

        static native TemplateInstance lookHereFirst(Election election, List<Forensics.StationView> queue, int total);
    }

    /** One line of the quick-count table: the estimate beside the official share (NaN before the results are in). */
    public record LineRow(String name, double estimate, double margin95, double margin99, double official,
            boolean within95, boolean within99) {
        public boolean hasOfficial() {
            return !Double.isNaN(official);
        }
    }

    /** The flags that come from a station's own figures standing out (the outliers list). */
    static final List<StationFlag> OUTLIER_FLAGS = List.of(StationFlag.IDENTICAL_NEIGHBOUR, StationFlag.TURNOUT_OUTLIER,
            StationFlag.SHARE_OUTLIER, StationFlag.FULL_TURNOUT);

    /**
     * The queue shows the highest this many: a round percentage alone gives half a point, so thousands
     * of stations have a score, and a reviewer works from the top (the rest are on the district pages).
     */
    static final int QUEUE_LENGTH = 200;

    static final String SAMPLE_FILE = "quick-count-sample.csv";
    /** The action and subject the export package's audit lines carry, so the history lists the sample among the exports. */
    static final String EXPORTED = "EXPORTED";
    static final String EXPORT = "EXPORT";

    @Inject
    ForensicsCache cache;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;
    @Inject
    ForensicsData data;
    @Inject
    HttpHeaders headers;

    @GET
    @Path("results/forensics")
    public TemplateInstance forensics(@RestQuery String unit) {
        Election election = Election.requireActive();
        ForensicsStatistics forensics = cache.statistics(election);
        var lines = data.lines(election);
        Locale locale = locale();
        ForensicsMessages words = Languages.messages(ForensicsMessages.class, headers);
        ForensicsStatistics.Picture region = unit == null ? null : forensics.regions().get(unit);
        String leader = lines.isEmpty() ? "" : lines.get(forensics.leader()).in(locale);
        ChartLabels fingerprintLabels = new ChartLabels(words.fingerprint_title(), words.fingerprint_means(),
                words.fingerprint_xAxis(), words.fingerprint_yAxis());
        ChartLabels cumulativeLabels = new ChartLabels(words.cumulative_title(), words.cumulative_means(),
                words.fingerprint_xAxis(), words.cumulative_yAxis());
        List<ForensicsStatistics.StationFlags> outliers = forensics.flagged().values().stream()
                .filter(v -> OUTLIER_FLAGS.stream().anyMatch(v.flags()::contains)).toList();
        List<LineRow> quickCount = forensics.quickCount() == null ? List.of()
                : forensics.quickCount().lines().stream().map(l -> {
                    double official = forensics.hasOfficialResults() ? forensics.officialShares()[l.line()] : Double.NaN;
                    return new LineRow(lines.get(l.line()).in(locale), l.share(), l.margin95(), l.margin99(), official,
                            l.within95(official), l.within99(official));
                }).toList();
        // the lines whose official share the estimate's 95% margin does not hold, for the verdict sentence
        String outside95 = quickCount.stream().filter(l -> l.hasOfficial() && !l.within95()).map(LineRow::name)
                .collect(java.util.stream.Collectors.joining(", "));
        return Templates.forensics(election, forensics, leader, region,
                FingerprintSvg.of(forensics.nation().fingerprint(), "fingerprint-nation", fingerprintLabels),
                CumulativeCurveSvg.of(forensics.nation().cumulative(), "cumulative-nation", cumulativeLabels),
                region == null ? null : FingerprintSvg.of(region.fingerprint(), "fingerprint-region", fingerprintLabels),
                region == null ? null : CumulativeCurveSvg.of(region.cumulative(), "cumulative-region", cumulativeLabels),
                outliers, quickCount, outside95);
    }

    /**
     * The stations of the quick-count sample, for reviewers and admins to hand to the observer
     * organisations that send observers there; region names in the reader's language. RFC 4180 with a
     * byte-order mark, as the exports write it, so that Excel reads Cyrillic and Kazakh addresses right,
     * and text that would start a formula guarded as theirs is (SpreadsheetText).
     * Written to the audit trail as the exports are (this package may not use the export package,
     * which builds on the results pages above it): who took which stations' list, and its hash.
     */
    @GET
    @Path("results/forensics/sample.csv")
    @Produces("text/csv")
    @Transactional
    public Response sample() throws IOException {
        Election election = Election.requireActive();
        Locale locale = locale();
        List<ListedStation> sample = cache.statistics(election).sample();
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord("station", "unit", "district", "name", "address");
            for (ListedStation s : sample) {
                printer.printRecord(s.number(), SpreadsheetText.guarded(s.unitName().in(locale)), s.districtNumber(),
                        SpreadsheetText.guarded(s.name()), SpreadsheetText.guarded(s.address()));
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        audit.record(new AuditTrail.Actor(user.subject(), user.name()), EXPORTED, EXPORT, election.id, null,
                SAMPLE_FILE + " " + locale.getLanguage(), "rows=" + sample.size() + " sha256=" + Sha256.of(bytes));
        return Response.ok(bytes, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + SAMPLE_FILE + "\"").build();
    }

    private Locale locale() {
        return Locale.forLanguageTag(Languages.userLanguage(headers));
    }

    @GET
    @Path("results/look-here-first")
    public TemplateInstance lookHereFirst() {
        Election election = Election.requireActive();
        List<Forensics.StationView> queue = cache.of(election).queue();
        return Templates.lookHereFirst(election, queue.subList(0, Math.min(QUEUE_LENGTH, queue.size())), queue.size());
    }
}
