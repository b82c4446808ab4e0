-- Benchmark helper: the transfers a format reader loaded, written back as a canonical transfers
-- CSV (same rows, same ids), so `flowtrace ingest` of the canonical file is the baseline a
-- format's reading is compared with. Parameters: $path (output CSV).
COPY (
  SELECT tx_id, strftime(ts, '%Y-%m-%dT%H:%M:%S') || 'Z' AS "timestamp", from_account, to_account,
         amount, currency, amount_received, currency_received, channel, reference, balance_after_from, balance_after_to
  FROM transfer_records ORDER BY load_seq
) TO $path (FORMAT csv, HEADER true)
