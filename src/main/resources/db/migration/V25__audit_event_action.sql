-- The forensics cache asks on every results page for the latest event of one action (RESULTS_IMPORTED,
-- STATUS_CHANGED) to know whether its figures are still current: an index look-up instead of a scan of
-- the whole trail, which grows by one row per report.
create index audit_event_action on audit_event (action, id);
