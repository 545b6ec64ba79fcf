-- The national dashboard's figures in plain SQL, one statement per line for pgbench (:election is the
-- active election): votes per ballot line, turnout, candidates' votes, turnout histogram, reports per
-- hour; results-dashboard.sh adds results-rows.sql for the rows per unit.
select b.id, coalesce((select sum(l.votes) from official_line l join official_protocol p on p.id = l.protocol_id join polling_station s on s.id = p.station_id where s.election_id = :election and p.ballot = 'PARTY_LIST' and l.ballot_line_id = b.id), 0) from ballot_line b where b.election_id = :election;
select count(*), sum(p.registered_voters), sum(p.ballots_issued), sum(p.ballots_found) from official_protocol p join polling_station s on s.id = p.station_id where s.election_id = :election and p.ballot = 'PARTY_LIST';
select l.candidate_id, sum(l.votes) from official_line l join official_protocol p on p.id = l.protocol_id join polling_station s on s.id = p.station_id where s.election_id = :election and p.ballot = 'SINGLE_MEMBER' group by l.candidate_id;
select least(floor(20.0 * p.ballots_issued / p.registered_voters)::int, 19) bin, count(*) from official_protocol p join polling_station s on s.id = p.station_id where s.election_id = :election and p.ballot = 'PARTY_LIST' and p.registered_voters > 0 group by bin;
select extract(hour from r.observed_at at time zone coalesce(s.time_zone, u.time_zone))::int, r.severity, count(*) from report r join polling_station s on s.id = r.station_id join administrative_unit u on u.id = s.unit_id where r.election_id = :election and r.latest group by 1, 2;
