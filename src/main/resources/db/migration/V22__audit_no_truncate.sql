-- The audit trail's row triggers do not fire on TRUNCATE, which would empty it in one statement:
-- refuse that too, with the same message.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
