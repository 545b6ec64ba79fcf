-- "Has photos" as a flag on every version of a report, kept by the database as photos arrive, so the
-- review filter reads one column (and a partial index) instead of joining the photos of all versions.

alter table report add column has_photos boolean not null default false;
update report r set has_photos = true
where exists (select 1 from report v join report_photo p on p.report_id = v.id
              where coalesce(v.original_id, v.id) = coalesce(r.original_id, r.id));

create function report_photo_flag() returns trigger language plpgsql as $$
begin
    update report set has_photos = true
     where coalesce(original_id, id) = (select coalesce(original_id, id) from report where id = new.report_id)
       and not has_photos;
    return null;
end;
$$;
create trigger report_photo_flag after insert on report_photo
    for each row execute function report_photo_flag();

-- an amendment copies the flag with the rest of the review state
create or replace function report_join_incident() returns trigger language plpgsql as $$
declare
    window_size interval;
    found_id bigint;
begin
    if new.original_id is not null then
        -- an amendment: the review state of the version before it
        select r.status, r.public_comment, r.review_version, r.holder_subject, r.holder_name, r.dismiss_reason,
               r.incident_group_id, r.has_photos
          into new.status, new.public_comment, new.review_version, new.holder_subject, new.holder_name,
               new.dismiss_reason, new.incident_group_id, new.has_photos
          from report r where r.id = new.original_id or r.original_id = new.original_id
          order by r.version desc limit 1;
        -- a reviewer who saw the version before decides again on what the observer changed
        new.review_version := new.review_version + 1;
        return new;
    end if;
    if new.incident_group_id is not null then
        return new;
    end if;
    perform pg_advisory_xact_lock(new.station_id);
    select incident_window into window_size from election where id = new.election_id;
    select g.id into found_id from incident_group g
     where g.station_id = new.station_id and g.category_id = new.category_id and g.phase = new.phase
       and new.observed_at between g.first_observed_at - window_size and g.last_observed_at + window_size
     order by abs(extract(epoch from new.observed_at - g.first_observed_at)) limit 1;
    if found_id is null then
        insert into incident_group (election_id, station_id, category_id, phase, first_observed_at, last_observed_at)
        values (new.election_id, new.station_id, new.category_id, new.phase, new.observed_at, new.observed_at)
        returning id into found_id;
    else
        update incident_group set first_observed_at = least(first_observed_at, new.observed_at),
                                  last_observed_at = greatest(last_observed_at, new.observed_at)
         where id = found_id;
    end if;
    new.incident_group_id := found_id;
    return new;
end;
$$;

create index report_queue_photos on report (election_id, observed_at desc) where latest and has_photos;
