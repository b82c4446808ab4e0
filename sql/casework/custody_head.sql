-- The latest custody-log entry (the chain's head), or no row.
-- params: none
-- columns: seq INTEGER, hash VARCHAR, at VARCHAR
SELECT seq, hash, logged_at AS at FROM custody_log ORDER BY seq DESC LIMIT 1;
