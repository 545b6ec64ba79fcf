-- The results pages count each report once, as last amended: "is there a later version?" looks up
-- the amendments of a first version, which are few, instead of every report.
create index report_amendment on report (original_id, version) where original_id is not null;
