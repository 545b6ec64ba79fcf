-- Figures the results dashboards need, kept beside the rows they come from, so that a page view adds up
-- small columns instead of comparing every observer copy with its protocol line by line and converting
-- every report's time to its station's clock (issue 5's budget: the national page under 150 ms with
-- 100,000 reports and a copy of every protocol).

-- A report's observation time on its station's clock, set when the row is written (a report is never
-- edited: an amendment is a new row). The chart of reports per hour of election day reads it through an
-- index instead of converting each time.
alter table report add column observed_local timestamp;

create function report_observed_local() returns trigger language plpgsql as $$
begin
    select new.observed_at at time zone coalesce(s.time_zone, u.time_zone) into new.observed_local
      from polling_station s join administrative_unit u on u.id = s.unit_id
     where s.id = new.station_id;
    return new;
end;
$$;
create trigger report_observed_local before insert or update of observed_at, station_id on report
    for each row execute function report_observed_local();

update report r set observed_local = r.observed_at at time zone coalesce(s.time_zone, u.time_zone)
  from polling_station s join administrative_unit u on u.id = s.unit_id
 where s.id = r.station_id;
alter table report alter column observed_local set not null;

create index report_local_time on report (election_id, observed_local, severity) where latest;
-- the drill-down's counts per station read this index alone
create index report_station_counts on report (station_id) include (severity, status) where latest;

-- An observer copy against the commission's protocol of the same station and ballot: whether any figure
-- or line differs, and by how many votes its lines differ in all (null while there is no official
-- protocol to compare with).
alter table tally add column differs boolean not null default false,
                  add column votes_apart integer;

-- The sum of a protocol's lines, which the drill-down adds up per unit.
alter table official_protocol add column votes bigint not null default 0;

create function compare_tallies(tally_ids bigint[]) returns void language sql as $$
    update tally t set differs = c.differs, votes_apart = c.votes_apart
      from (select t.id,
                   p.id is not null
                   and ((t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found,
                         t.ballots_invalid)
                        is distinct from
                        (p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found,
                         p.ballots_invalid)
                        or a.votes > 0) differs,
                   case when p.id is not null then coalesce(a.votes, 0) end votes_apart
              from tally t
              left join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
              left join lateral (
                  select sum(abs(tl.votes - ol.votes)) votes
                    from tally_line tl
                    join official_line ol on ol.protocol_id = p.id
                         and coalesce(ol.ballot_line_id, -ol.candidate_id) = coalesce(tl.ballot_line_id, -tl.candidate_id)
                   where tl.tally_id = t.id) a on true
             where t.id = any (tally_ids)) c
     where t.id = c.id and (t.differs, t.votes_apart) is distinct from (c.differs, c.votes_apart);
$$;

-- What every writer of official protocols calls once it has written them (the results import, the demo
-- loader): the protocols' sums and the comparison of the stations' observer copies follow.
create function official_results_changed(station_ids bigint[]) returns void language sql as $$
    update official_protocol p set votes = s.votes
      from (select p.id, coalesce(sum(l.votes), 0) votes
              from official_protocol p left join official_line l on l.protocol_id = p.id
             where p.station_id = any (station_ids)
             group by p.id) s
     where p.id = s.id and p.votes <> s.votes;
    select compare_tallies(array(select id from tally where station_id = any (station_ids)));
$$;

-- A copy is compared when its lines are written, once per statement: the app writes a copy's lines one
-- by one (a few comparisons of that one copy), the demo loader all lines with one COPY (one comparison).
create function tally_lines_written() returns trigger language plpgsql as $$
begin
    perform compare_tallies(array(select distinct tally_id from written));
    return null;
end;
$$;
create trigger tally_lines_written after insert on tally_line
    referencing new table as written for each statement execute function tally_lines_written();

select official_results_changed(array(select distinct station_id from official_protocol));

create index tally_station_figures on tally (station_id) include (differs, votes_apart, flagged);

-- The refresh version of the dashboards skips exports, which change no figure.
create index audit_event_figures on audit_event (id) where subject_type <> 'EXPORT';

-- Index-only reads need the visibility map of rows mostly up to date: on election night reports arrive
-- and change all the time, so vacuum them more often than the default fifth of the table.
alter table report set (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.02);
