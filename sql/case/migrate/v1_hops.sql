-- Version 1 to 2: the JSON {hop: amount} of transfers that mixed hops, one row per hop.
-- params: none
INSERT INTO trace_transfer_hops (run_key, load_seq, hop, amount)
SELECT k.run_key, t.load_seq, j.key::INTEGER, j.value::DOUBLE
FROM trace_transfers_v1 v JOIN trace_run_keys k USING (run_id) JOIN transfer_records t USING (tx_id),
     json_each(v.hops) j
WHERE v.hops IS NOT NULL;
