-- Quarantined rows counted by reason.
-- params: none
-- columns: reason, rows
SELECT reason_code AS reason, CAST(count(*) AS DOUBLE) AS rows FROM quarantine
GROUP BY reason_code ORDER BY rows DESC, reason;
