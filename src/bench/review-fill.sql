-- Full scale for the review queue benchmark (review-queue.sh): 100,000 incident reports over election
-- day, every phase, category, severity and status, from every accreditation, with descriptions of a few
-- words each (English, Russian, Kazakh) for the full-text search; 5% amended once, every 20th with a
-- photo, and a flagged protocol copy at every 50th station. Run once on a fresh demo database.
\set ON_ERROR_STOP on
begin;
delete from report_photo; delete from report_comment; delete from report where original_id is not null; delete from report;
delete from tally_line; delete from tally;

insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, phase,
                    category_id, severity, observed_at, description, reported_to_commission, status)
select e.id, gen_random_uuid(), 'Q' || lpad(to_hex(g), 7, '0'), s.id, a.id, true,
       (array['OPENING', 'VOTING', 'VOTING', 'VOTING', 'CLOSING', 'COUNTING', 'COUNTING', 'TABULATION'])[1 + g % 8],
       c.id,
       (array['INFO', 'MINOR', 'MINOR', 'SERIOUS', 'SERIOUS', 'CRITICAL'])[1 + g % 6],
       (e.election_date + time '06:30' + (g % 1080) * interval '1 minute') at time zone 'Asia/Almaty',
       (array['Ballots found in a pile in the box', 'Вброс бюллетеней замечен у урны', 'Observer kept at a distance',
              'Бақылаушы алыс ұсталды', 'Family voting in booth 2', 'Протокол не вывешен',
              'Signatures look identical', 'Урна не опечатана'])[1 + g % 8] || ' #' || g,
       g % 3 = 0,
       (array['NEW', 'NEW', 'NEW', 'IN_REVIEW', 'VERIFIED', 'DISMISSED', 'REFERRED'])[1 + g % 7]
from generate_series(1, 100000) g
join election e on e.active
cross join lateral (select (select array_agg(id order by id) from polling_station where election_id = e.id) stations,
                           (select array_agg(id order by id) from accreditation where election_id = e.id) accreditations,
                           (select array_agg(id order by position) from incident_category where election_id = e.id) categories) ids
cross join lateral (select ids.stations[1 + (g * 7919) % cardinality(ids.stations)] id) s
cross join lateral (select ids.accreditations[1 + (g * 31) % cardinality(ids.accreditations)] id) a
cross join lateral (select ids.categories[1 + (g / 7) % cardinality(ids.categories)] id) c;

insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, phase,
                    category_id, severity, observed_at, description, reported_to_commission, original_id, version)
select election_id, gen_random_uuid(), 'V' || lpad(to_hex(id::int), 7, '0'), station_id, accreditation_id, true, phase,
       category_id, 'CRITICAL', observed_at, description || ' (amended)', false, id, 2
from report where id % 20 = 0;

with one as (
  insert into photo (content_type, size_bytes, sha256, width, height, data, thumbnail)
  values ('image/png', 1, repeat('0', 64), 1, 1, '\x00', '\x00') returning id
)
insert into report_photo (report_id, position, photo_id)
select r.id, 1, one.id from report r, one where r.original_id is null and r.id % 20 = 7;

insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, ballot,
                   registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found, ballots_invalid,
                   failed_checks, comment, flagged)
select s.election_id, gen_random_uuid(), 'F' || lpad(to_hex(s.id::int), 7, '0'), s.id,
       (select id from accreditation where election_id = s.election_id order by id limit 1), false, 'PARTY_LIST',
       1000, 900, 600, 300, 650, 5, '{FOUND_EXCEEDS_ISSUED}', 'benchmark copy', true
from polling_station s join election e on e.id = s.election_id and e.active where s.id % 50 = 0;
commit;
analyze;
