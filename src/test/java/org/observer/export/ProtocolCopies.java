package org.observer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.observer.data.ReceiptCode;
import org.observer.data.Sha256;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/**
 * Observer copies made straight in the database from a station's official party-list protocol, a figure or
 * a line off where a test wants a difference; removed again by the test so that no other test counts them.
 */
@ApplicationScoped
public class ProtocolCopies {
    @Inject
    Sql sql;

    public record Copy(long id, String receiptCode, String photoSha256) {
    }

    /** Stations with an official party-list protocol and no observer copy yet, by number. */
    public List<String> stationsWithoutCopies(int count) {
        return sql.texts("""
                select s.number from polling_station s join official_protocol p on p.station_id = s.id and p.ballot = 'PARTY_LIST'
                where s.election_id = (select id from election where code = ?1)
                and not exists (select 1 from tally t where t.station_id = s.id)
                order by s.number limit ?2""", DemoData.CODE, count);
    }

    /**
     * A copy by the accreditation of {@code login}: the protocol with {@code unusedOff} more unused ballots
     * and {@code firstLineOff} more votes on the ballot's first line; with a photo of it when asked.
     */
    public Copy copy(String station, String login, int unusedOff, int firstLineOff, boolean photo) {
        String receipt = ReceiptCode.next();
        Long photoId = null;
        String sha256 = null;
        if (photo) {
            byte[] bytes = ("a photo of protocol " + receipt).getBytes(StandardCharsets.UTF_8);
            sha256 = Sha256.of(bytes);
            photoId = sql.number("""
                    insert into photo (content_type, size_bytes, sha256, width, height, data, thumbnail)
                    values ('image/jpeg', ?1, ?2, 1, 1, ?3, ?3) returning id""", bytes.length, sha256, bytes);
        }
        long id = sql.number("""
                insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned,
                    ballot, registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found,
                    ballots_invalid, flagged, protocol_photo_id)
                select s.election_id, ?1, ?2, s.id, a.id, false, p.ballot, p.registered_voters, p.ballots_received,
                    p.ballots_issued, p.ballots_unused + ?3, p.ballots_found, p.ballots_invalid, false, ?4
                from polling_station s join official_protocol p on p.station_id = s.id and p.ballot = 'PARTY_LIST'
                join accreditation a on a.election_id = s.election_id and a.login = ?5
                where s.election_id = (select id from election where code = ?6) and s.number = ?7 returning id""",
                UUID.randomUUID(), receipt, unusedOff, photoId, login, DemoData.CODE, station);
        sql.update("""
                insert into tally_line (tally_id, ballot_line_id, votes)
                select ?1, l.ballot_line_id, l.votes + case when b.position = (select min(position) from ballot_line
                    where election_id = b.election_id) then ?2 else 0 end
                from official_line l join official_protocol p on p.id = l.protocol_id
                join ballot_line b on b.id = l.ballot_line_id join tally t on t.station_id = p.station_id and t.id = ?1
                where p.ballot = 'PARTY_LIST'""", id, firstLineOff);
        return new Copy(id, receipt, sha256);
    }

    public void delete(List<Copy> copies) {
        for (Copy copy : copies) {
            sql.update("delete from tally_line where tally_id = ?1", copy.id());
            sql.update("delete from tally where id = ?1", copy.id());
            if (copy.photoSha256() != null) {
                sql.update("delete from photo where sha256 = ?1 and id not in (select photo_id from report_photo)",
                        copy.photoSha256());
            }
        }
    }
}
