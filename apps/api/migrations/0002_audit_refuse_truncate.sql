-- Row triggers do not fire on TRUNCATE, which would wipe the log and restart the chain unnoticed.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
