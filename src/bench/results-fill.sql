-- Full scale for the results benchmark (results-dashboard.sh): an observer copy of both protocols at
-- every station (a copy of the official one, every 40th with AMANAT 7 votes lower), and 100,000
-- incident reports over election day, 5% of them amended once. Run once on a fresh demo database.
\set ON_ERROR_STOP on
begin;
delete from tally_line; delete from tally;

with accreditations as (
  select id, row_number() over (order by id) - 1 n, count(*) over () total from accreditation
)
insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, ballot,
                   registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found, ballots_invalid,
                   failed_checks, comment, flagged, received_at)
select s.election_id, gen_random_uuid(), 'B' || lpad(to_hex(p.id::int), 7, '0'), s.id, a.id, true, p.ballot,
       p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found, p.ballots_invalid,
       '{}', 'benchmark copy', false, now()
from official_protocol p join polling_station s on s.id = p.station_id
join accreditations a on a.n = s.id % a.total;

insert into tally_line (tally_id, ballot_line_id, candidate_id, votes)
select t.id, l.ballot_line_id, l.candidate_id,
       case when b.code = 'AMANAT' and t.station_id % 40 = 0 then greatest(l.votes - 7, 0) else l.votes end
from tally t join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
join official_line l on l.protocol_id = p.id
left join ballot_line b on b.id = l.ballot_line_id;

delete from report_photo; delete from report where original_id is not null; delete from report;
insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, phase,
                    category_id, severity, observed_at, description, reported_to_commission, status)
select e.id, gen_random_uuid(), 'R' || lpad(to_hex(g), 7, '0'), s.id, a.id, true, 'VOTING', c.id,
       (array['INFO', 'MINOR', 'MINOR', 'SERIOUS', 'SERIOUS', 'CRITICAL'])[1 + g % 6],
       (e.election_date + time '07:00' + (g % 900) * interval '1 minute') at time zone 'Asia/Almaty',
       'benchmark report', false,
       (array['NEW', 'NEW', 'IN_REVIEW', 'VERIFIED', 'DISMISSED'])[1 + g % 5]
from generate_series(1, 100000) g
join election e on e.active
join lateral (select id from polling_station where election_id = e.id offset (g * 7919) % 10233 limit 1) s on true
join lateral (select id from accreditation where election_id = e.id offset g % 1000 limit 1) a on true
join lateral (select id from incident_category where election_id = e.id offset g % 10 limit 1) c on true;

insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned, phase,
                    category_id, severity, observed_at, description, reported_to_commission, status, original_id, version)
select election_id, gen_random_uuid(), 'A' || lpad(to_hex(id::int), 7, '0'), station_id, accreditation_id, true, phase,
       category_id, 'CRITICAL', observed_at, 'benchmark amendment', false, 'VERIFIED', id, 2
from report where id % 20 = 0;
commit;
vacuum analyze;
