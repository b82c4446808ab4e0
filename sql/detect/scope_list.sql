-- The accounts results are reported on (all, or a trace run's accounts), from detect_acct.
-- columns: account_id
SELECT account_id FROM detect_acct WHERE in_scope ORDER BY account_id;
