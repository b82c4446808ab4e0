-- Version 1 to 2: per-account results under (run_key, account_key). Version 1 kept first and
-- last seen as times; a transfer at exactly that time stands for each (the view shows its time).
-- params: none
INSERT INTO trace_account_rows (run_key, account_key, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seq, last_seq)
SELECT k.run_key, a.account_key, v.tainted_in, v.tainted_out, v.retained, v.unexplained_out, v.exited, v.first_hop,
       (SELECT min(t.load_seq) FROM transfer_records t WHERE t.ts = v.first_seen),
       (SELECT min(t.load_seq) FROM transfer_records t WHERE t.ts = v.last_seen)
FROM trace_accounts_v1 v JOIN trace_run_keys k USING (run_id) JOIN account_records a USING (account_id);
