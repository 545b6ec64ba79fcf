-- pgbench script for src/bench/report-submit.sh: the row ReportSubmission inserts for a report with
-- no photo, by the same insert (the report part of ReportSubmission.FILE: insert ... on conflict do
-- nothing returning id; keep the two alike; the app's statement also finds the author, writes the
-- audit event and deletes the draft, which pgbench does not),
-- with a fresh submission id and a random receipt code of the app's form (XXXX-XXXX from the 27
-- characters of ReceiptCode.ALPHABET). The ids come from the shell (pgbench -D):
--   election_id station_id accreditation_id category_id
-- Two random numbers below 27^4 give the receipt code's two halves, four characters each.
\set a random(0, 531440)
\set b random(0, 531440)
insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
    station_assigned, phase, category_id, severity, observed_at, description, people_involved,
    reported_to_commission, commission_answer, original_id, version)
values (:election_id, gen_random_uuid(),
    substr('346789ABCDEFGHJKMNPQRTUVWXY', :a % 27 + 1, 1) || substr('346789ABCDEFGHJKMNPQRTUVWXY', :a / 27 % 27 + 1, 1)
    || substr('346789ABCDEFGHJKMNPQRTUVWXY', :a / 729 % 27 + 1, 1) || substr('346789ABCDEFGHJKMNPQRTUVWXY', :a / 19683 % 27 + 1, 1)
    || '-'
    || substr('346789ABCDEFGHJKMNPQRTUVWXY', :b % 27 + 1, 1) || substr('346789ABCDEFGHJKMNPQRTUVWXY', :b / 27 % 27 + 1, 1)
    || substr('346789ABCDEFGHJKMNPQRTUVWXY', :b / 729 % 27 + 1, 1) || substr('346789ABCDEFGHJKMNPQRTUVWXY', :b / 19683 % 27 + 1, 1),
    :station_id, :accreditation_id, true, 'VOTING', :category_id, 'MINOR', timestamptz '2023-03-19 10:15:00+06',
    'Benchmark report: the ballot box seal was not shown to the observers before voting started.', '',
    false, '', nullif(0, 0), 1)
on conflict do nothing
returning id;
