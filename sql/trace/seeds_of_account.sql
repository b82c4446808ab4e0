-- Seed account (forward): every outflow of the account inside the trace window is a seed.
-- params: $account VARCHAR, $since TIMESTAMP, $until TIMESTAMP, $inferred BOOLEAN
-- columns: tx_id
SELECT tx_id FROM transfer_records
WHERE from_account = $account AND ts >= $since AND ts <= $until AND (NOT inferred OR $inferred)
ORDER BY ts, load_seq;
