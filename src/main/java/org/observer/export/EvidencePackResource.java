package org.observer.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.audit.AuditEvent;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.results.StationComparison;
import org.observer.results.StationComparison.BallotProtocols;
import org.observer.review.QueueRow;
import org.observer.review.ReportFilter;
import org.observer.review.ReportQuery;
import org.observer.review.ReportQueue;
import org.observer.web.Languages;
import org.observer.web.Roles;

/**
 * The evidence pack of one station or a selection ({@code ?station=180001&station=180002}), with its
 * cover page in {@code lang} (en, ru, kk; the user's language by default). A coordinator's pack holds
 * their own organisation's reports, protocol copies and the audit lines of those reports only.
 */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN, Roles.COORDINATOR })
public class EvidencePackResource {
    static final int MAX_STATIONS = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cover(List<EvidencePack.Station> stations, List<QueueRow> findings,
                List<EvidencePack.Article> articles, List<EvidencePack.PackFile> files, Manifest manifest);
    }

    @Inject
    ExportAccess access;
    @Inject
    Exporter exporter;
    @Inject
    ReportQueue queue;
    @Inject
    StationComparison comparison;
    @Inject
    EntityManager entityManager;

    @GET
    @Path("exports/evidence.zip")
    public Response evidence(@RestQuery List<String> station, @RestQuery String lang) {
        List<String> numbers = station == null ? List.of()
                : station.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (numbers.isEmpty() || numbers.size() > MAX_STATIONS) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Name 1 to " + MAX_STATIONS + " stations: ?station=NUMBER").build();
        }
        ExportAccess.Reader reader = access.reader(null);
        Election election = Election.requireActive();
        ZoneId zone = queue.zoneOf(election);
        Locale language = Locale.forLanguageTag(lang != null && Languages.SUPPORTED.contains(lang) ? lang
                : access.language().getLanguage());
        List<EvidencePack.StationPart> parts = new ArrayList<>();
        for (String number : numbers) {
            PollingStation found = PollingStation.findByNumber(election, number).orElseThrow(NotFoundException::new);
            parts.add(part(new EvidencePack.Station(found.id, found.number, found.name, found.address,
                    found.unit.name, found.district.number, protocols(found.id, reader)), reader, election.id, zone,
                    language));
        }
        String filter = numbers.stream().map(n -> "station=" + n).collect(Collectors.joining("&"))
                + "&lang=" + language.getLanguage();
        Exporter.Request request = new Exporter.Request("evidence", ExportFormat.CSV, Flavour.INTERNAL, filter,
                String.join("-", numbers), false, reader, election.id, parts.get(0).station().id());
        return exporter.respondPack(request, parts, (stations, findings, articles, files, manifest) -> Templates
                .cover(stations, findings, articles, files, manifest).setLocale(language));
    }

    /** The station's protocols beside the observers' copies; a coordinator sees only their organisation's copies. */
    private List<BallotProtocols> protocols(long stationId, ExportAccess.Reader reader) {
        List<BallotProtocols> all = comparison.protocols(stationId);
        if (reader.organisation() == null) {
            return all;
        }
        Set<String> own = Set.copyOf(entityManager.createNativeQuery("""
                select t.receipt_code from tally t join accreditation a on a.id = t.accreditation_id
                where t.station_id = ?1 and a.organisation_id = ?2""", String.class)
                .setParameter(1, stationId).setParameter(2, reader.organisation()).getResultList());
        List<BallotProtocols> seen = new ArrayList<>();
        for (BallotProtocols ballot : all) {
            List<Integer> kept = IntStream.range(0, ballot.copies().size())
                    .filter(i -> own.contains(ballot.copies().get(i).receiptCode())).boxed().toList();
            if (!ballot.official() && kept.isEmpty()) {
                continue;
            }
            seen.add(new BallotProtocols(ballot.ballot(), ballot.official(),
                    kept.stream().map(ballot.copies()::get).toList(),
                    ballot.lines().stream().map(l -> new StationComparison.Line(l.figure(), l.name(), l.official(),
                            kept.stream().map(l.copies()::get).toList())).toList()));
        }
        return seen;
    }

    private static EvidencePack.StationPart part(EvidencePack.Station station, ExportAccess.Reader reader,
            long electionId, ZoneId zone, Locale language) {
        ReportFilter filter = ReportFilter.parse(Map.of("station", List.of(station.number()))).filter()
                .withOrganisation(reader.organisation());
        ReportQuery query = ReportQuery.of(filter, electionId, zone);
        TableQuery<QueueRow> reports = new TableQuery<>("reports", "select " + QueueRow.COLUMNS + " from "
                + query.from() + " order by " + query.orderBy(ReportFilter.Sort.TIME), query::bind, QueueRow::read,
                Column.visible(ReportColumns.all(language), Flavour.INTERNAL, reader.audience()));
        // numbers from the database, never from the request
        String own = reader.organisation() == null ? "" : " and a.organisation_id = " + reader.organisation();
        TableQuery.Binder byStation = statement -> statement.setLong(1, station.id());
        TableQuery<Object[]> tallies = TableQuery.plain("protocol_copies", """
                select t.receipt_code, t.ballot, to_char(t.received_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS'),
                       a.full_name, o.name, t.registered_voters, t.ballots_received, t.ballots_issued,
                       t.ballots_unused, t.ballots_found, t.ballots_invalid, t.flagged,
                       array_to_string(t.failed_checks, ' '), t.comment,
                       coalesce(b.code, 'CANDIDATE_' || c.position), coalesce(b.name_%1$s, c.full_name), l.votes
                from tally t join accreditation a on a.id = t.accreditation_id
                join organisation o on o.id = a.organisation_id join tally_line l on l.tally_id = t.id
                left join ballot_line b on b.id = l.ballot_line_id left join candidate c on c.id = l.candidate_id
                where t.station_id = ?%2$s
                order by t.received_at, t.id, b.position nulls last, c.position""".formatted(language.getLanguage(), own),
                byStation, "receipt_code", "ballot", "received_at_utc", "observer", "organisation",
                "registered_voters", "ballots_received", "ballots_issued", "ballots_unused", "ballots_found",
                "ballots_invalid", "flagged", "failed_checks", "comment", "line_code", "line", "votes");
        TableQuery<Object[]> official = TableQuery.plain("official_protocol", """
                select p.ballot, p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused,
                       p.ballots_found, p.ballots_invalid,
                       coalesce(b.code, 'CANDIDATE_' || c.position), coalesce(b.name_%s, c.full_name), l.votes
                from official_protocol p join official_line l on l.protocol_id = p.id
                left join ballot_line b on b.id = l.ballot_line_id left join candidate c on c.id = l.candidate_id
                where p.station_id = ? order by p.ballot, b.position nulls last, c.position""".formatted(
                language.getLanguage()), byStation, "ballot", "registered_voters", "ballots_received",
                "ballots_issued", "ballots_unused", "ballots_found", "ballots_invalid", "line_code", "line", "votes");
        String internal = AuditEvent.internalActions().stream().map(a -> "'" + a + "'")
                .collect(Collectors.joining(", "));
        TableQuery<Object[]> audit = TableQuery.plain("audit_trail", """
                select to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS'), e.actor_name, e.action,
                       e.subject_type, e.subject_id, e.from_value, e.to_value
                from audit_event e where e.station_id = ?%s order by e.occurred_at, e.id""".formatted(
                reader.organisation() == null ? "" : " " + """
                        and e.action not in (%s) and e.subject_type = 'REPORT' and e.subject_id in (
                            select coalesce(r.original_id, r.id) from report r join accreditation a on a.id = r.accreditation_id
                            where r.station_id = e.station_id%s)""".formatted(internal, own)),
                byStation, "occurred_at_utc", "by", "action", "subject_type", "subject_id", "from", "to");
        // the reports' photos by receipt code and position, then the photos of the protocol copies
        String photos = """
                with station as (select cast(? as bigint) id)
                select 'photos/' || r.receipt_code || '-' || rp.position, p.content_type, p.sha256, p.data
                from report r join report_photo rp on rp.report_id = r.id join photo p on p.id = rp.photo_id
                join accreditation a on a.id = r.accreditation_id
                where r.station_id = (select id from station)%1$s
                union all
                select 'protocol_photos/' || t.receipt_code, p.content_type, p.sha256, p.data
                from tally t join photo p on p.id = t.protocol_photo_id
                join accreditation a on a.id = t.accreditation_id
                where t.station_id = (select id from station)%1$s
                order by 1""".formatted(own);
        String articles = """
                select distinct c.code, c.name_en, c.name_ru, c.name_kk, c.reference_%s, c.position
                from report r join incident_category c on c.id = r.category_id
                join accreditation a on a.id = r.accreditation_id
                where r.station_id = ? and r.latest%s order by c.position""".formatted(language.getLanguage(), own);
        return new EvidencePack.StationPart(station, reports, List.of(official, tallies, audit), photos, articles,
                language);
    }
}
