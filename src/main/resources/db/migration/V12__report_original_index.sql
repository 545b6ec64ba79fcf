-- An amendment finds the versions before it (to copy their review state and mark them superseded) by
-- "id = original or original_id = original": without an index on original_id alone that was a scan of
-- every report for each amendment.
create index report_original on report (original_id) where original_id is not null;
