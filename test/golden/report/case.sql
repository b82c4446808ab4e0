-- A small traced case written straight into the schema (independent of the tracer): two
-- payers → two collectors → a broker → a leader, an agent cash-out, a loop back to a
-- collector; the same seeds traced under fifo and haircut, plus a poison run on other seeds.
INSERT INTO sources (source_id, path, file_name, sha256, size_bytes, format, record_kind, options, loaded_at, rows_read, rows_loaded, rows_quarantined) VALUES
 (1, 'cases/demo/transfers.csv', 'transfers.csv', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 900, 'canonical-transfers', 'transfers', '{}', '2025-12-31 22:00:00', 8, 7, 1),
 (2, 'cases/demo/accounts.csv', 'accounts.csv', '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752', 400, 'canonical-accounts', 'accounts', '{}', '2025-12-31 22:00:01', 6, 6, 0);
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw) VALUES (1, 8, 'amount', 'abc', 'bad_amount', 'amount is not a number', '{}');
INSERT INTO account_records (account_id, account_key, kind, id_type, holder_name, holder_name_norm, institution, country, opening_balance, source_id, source_row) VALUES
 ('wallet:+31612345678', 1, 'mobile_money', 'wallet', 'ኣማኑኤል ተስፋይ', NULL, 'KPN Mobile', 'NL', NULL, 2, 1),
 ('iban:DE89370400440532013000', 2, 'bank', 'iban', '<script>window.__xss=1</script>', NULL, 'Commerzbank', 'DE', NULL, 2, 2),
 ('wallet:+254712345678', 3, 'mobile_money', 'wallet', 'Yonas "Wedi" H.', NULL, 'Safaricom M-Pesa', 'KE', NULL, 2, 3),
 ('wallet:+254722000111', 4, 'mobile_money', 'wallet', 'Yonas "Wedi" H.', NULL, 'Safaricom M-Pesa', 'KE', NULL, 2, 4),
 ('wallet:+251911000222', 5, 'mobile_money', 'wallet', 'Kidane', NULL, 'telebirr', 'ET', NULL, 2, 5),
 ('bank:ENBD/1012345678', 6, 'bank', 'bank_account', 'Walid', NULL, 'Emirates NBD', 'AE', NULL, 2, 6),
 ('agent:Eastleigh-042', 7, 'service', 'other', NULL, NULL, 'Safaricom agent', 'KE', NULL, NULL, NULL);
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received, currency_received, value_out, value_in, fx_rate_out, fx_rate_in, fx_source, channel, reference, balance_after_from, balance_after_to, inferred, source_id, source_row, load_seq) VALUES
 ('T1', '2024-03-05 08:30:00', 'wallet:+31612345678', 'wallet:+254712345678', 3000, 'USD', 3000, 'USD', 3000, 3000, NULL, NULL, NULL, 'mobile_money', 'for Dawit <b>', NULL, NULL, false, 1, 1, 1),
 ('T3', '2024-03-06 09:15:00', 'iban:DE89370400440532013000', 'wallet:+254722000111', 4250, 'EUR', 4250, 'EUR', 4600, 4600, 1.0823529412, 1.0823529412, 'ECB', 'bank', NULL, NULL, NULL, false, 1, 2, 2),
 ('T4', '2024-03-06 07:00:00', 'wallet:+254712345678', 'wallet:+251911000222', 2500, 'USD', 2500, 'USD', 2500, 2500, NULL, NULL, NULL, 'mobile_money', NULL, NULL, NULL, false, 1, 3, 3),
 ('T5', '2024-03-06 07:30:00', 'wallet:+254712345678', 'agent:Eastleigh-042', 500, 'USD', 500, 'USD', 500, 500, NULL, NULL, NULL, 'mobile_money', NULL, NULL, NULL, false, 1, 4, 4),
 ('T6', '2024-03-07 10:00:00', 'wallet:+254722000111', 'wallet:+251911000222', 4600, 'USD', 4600, 'USD', 4600, 4590, NULL, NULL, NULL, 'mobile_money', NULL, NULL, NULL, false, 1, 5, 5),
 ('T8', '2024-03-08 09:00:00', 'wallet:+251911000222', 'bank:ENBD/1012345678', 6000, 'USD', 6000, 'USD', 6000, 6000, NULL, NULL, NULL, 'mto', NULL, NULL, NULL, false, 1, 6, 6),
 ('T9', '2024-03-08 15:00:00', 'wallet:+251911000222', 'wallet:+254712345678', 1000, 'USD', 1000, 'USD', 1000, 1000, NULL, NULL, NULL, 'mobile_money', NULL, NULL, NULL, false, 1, 7, 7);
INSERT INTO trace_runs (run_id, method, direction, options, seeds, sources, totals, tool_version, started_at, finished_at) VALUES
 ('run-fifo', 'fifo', 'forward', '{"max_hops":5,"min_amount":0,"opening_balance":"zero"}', '{"seed_tx":"T1,T3","tx_ids":["T1","T3"]}', '[]',
  '{"seeded":7600,"retained":7090,"exited":500,"beyond_horizon":0,"below_threshold":0,"fees":10,"unexplained_out":0}', '0.1.0', '2026-01-01 10:00:00', '2026-01-01 10:00:01'),
 ('run-haircut', 'haircut', 'forward', '{"opening_balance":"zero","max_hops":5,"min_amount":0}', '{"seed_tx":"T1,T3","tx_ids":["T1","T3"]}', '[]',
  '{"seeded":7600,"retained":7190,"exited":400,"beyond_horizon":0,"below_threshold":0,"fees":10,"unexplained_out":0}', '0.1.0', '2026-01-01 10:05:00', '2026-01-01 10:05:01'),
 ('run-poison-other', 'poison', 'forward', '{"max_hops":5,"min_amount":0,"opening_balance":"zero"}', '{"seed_tx":"T1","tx_ids":["T1"]}', '[]',
  '{"seeded":3000,"retained":0,"exited":0,"beyond_horizon":0,"below_threshold":0,"fees":0,"unexplained_out":0}', '0.1.0', '2026-01-01 09:00:00', '2026-01-01 09:00:01');
-- Trace results are stored under integer keys (trace_*_rows); the fixture names them by id.
INSERT INTO trace_run_keys (run_key, run_id) VALUES (1, 'run-fifo'), (2, 'run-haircut'), (3, 'run-poison-other');
INSERT INTO trace_transfer_rows (run_key, load_seq, tainted, tainted_in, hop, beyond_horizon, below_threshold, fees)
SELECT k.run_key, t.load_seq, v.tainted, v.tainted_in, v.hop, v.beyond_horizon, v.below_threshold, v.fees FROM (VALUES
 ('run-fifo', 'T1', 3000, 3000, 0, NULL, 0, 0, 0),
 ('run-fifo', 'T3', 4600, 4600, 0, NULL, 0, 0, 0),
 ('run-fifo', 'T4', 2500, 2500, 1, NULL, 0, 0, 0),
 ('run-fifo', 'T5', 500, 500, 1, NULL, 0, 0, 0),
 ('run-fifo', 'T6', 4600, 4590, 1, NULL, 0, 0, 10),
 ('run-fifo', 'T8', 6000, 6000, 2, NULL, 0, 0, 0),
 ('run-fifo', 'T9', 1000, 1000, 2, NULL, 0, 0, 0),
 ('run-haircut', 'T1', 3000, 3000, 0, NULL, 0, 0, 0)
) v(run_id, tx_id, tainted, tainted_in, hop, hops, beyond_horizon, below_threshold, fees)
JOIN trace_run_keys k USING (run_id) JOIN transfer_records t USING (tx_id);
INSERT INTO trace_account_rows (run_key, account_key, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seq, last_seq)
SELECT k.run_key, a.account_key, v.tainted_in, v.tainted_out, v.retained, v.unexplained_out, v.exited, v.first_hop,
       (SELECT min(load_seq) FROM transfer_records WHERE ts = v.first_seen::TIMESTAMP),
       (SELECT min(load_seq) FROM transfer_records WHERE ts = v.last_seen::TIMESTAMP)
FROM (VALUES
 ('run-fifo', 'wallet:+254712345678', 4000, 3000, 1000, 0, 0, 0, '2024-03-05 08:30:00', '2024-03-08 15:00:00'),
 ('run-fifo', 'wallet:+254722000111', 4600, 4600, 0, 0, 0, 0, '2024-03-06 09:15:00', '2024-03-07 10:00:00'),
 ('run-fifo', 'wallet:+251911000222', 7090, 7000, 90, 0, 0, 1, '2024-03-06 07:00:00', '2024-03-08 15:00:00'),
 ('run-fifo', 'bank:ENBD/1012345678', 6000, 0, 6000, 0, 0, 2, '2024-03-08 09:00:00', '2024-03-08 09:00:00'),
 ('run-fifo', 'agent:Eastleigh-042', 500, 0, 0, 0, 500, 1, '2024-03-06 07:30:00', '2024-03-06 07:30:00'),
 ('run-haircut', 'bank:ENBD/1012345678', 5900, 0, 5900, 0, 0, 2, '2024-03-08 09:00:00', '2024-03-08 09:00:00'),
 ('run-haircut', 'agent:Eastleigh-042', 400, 0, 0, 0, 400, 1, '2024-03-06 07:30:00', '2024-03-06 07:30:00')
) v(run_id, account_id, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seen, last_seen)
JOIN trace_run_keys k USING (run_id) JOIN account_records a USING (account_id);
INSERT INTO trace_ledger_rows (run_key, account_key, out_seq, in_seq, origin, amount, tainted, hop, seq)
SELECT k.run_key, a.account_key, o.load_seq, i.load_seq, list_position(['lot', 'opening', 'unexplained', 'hidden_deposit', 'mix'], v.origin) - 1,
       v.amount, v.tainted, v.hop, NULL -- runs stored before the ledger had seq
FROM (VALUES
 ('run-fifo', 'wallet:+251911000222', 'T8', 'T4', 'lot', 2500, 2500, 1),
 ('run-fifo', 'wallet:+251911000222', 'T8', 'T6', 'lot', 3500, 3500, 1),
 ('run-fifo', 'wallet:+254712345678', 'T4', 'T1', 'lot', 2500, 2500, 0)
) v(run_id, account, out_tx, in_tx, origin, amount, tainted, hop)
JOIN trace_run_keys k USING (run_id) JOIN account_records a ON a.account_id = v.account
JOIN transfer_records o ON o.tx_id = v.out_tx LEFT JOIN transfer_records i ON i.tx_id = v.in_tx;
INSERT INTO trace_trajectories (run_id, rank, seed_tx, tx_path, end_account, end_kind, amount, duration_s) VALUES
 ('run-fifo', 1, 'T3', '["T3","T6","T8"]', 'bank:ENBD/1012345678', 'retained', 3500, 171900),
 ('run-fifo', 2, 'T1', '["T1","T4","T8"]', 'bank:ENBD/1012345678', 'retained', 2500, 261000),
 ('run-fifo', 3, '', '[]', '(other trajectories)', 'retained', 1090, 0);
INSERT INTO trace_notes (run_id, kind, account_id, tx_id, amount, detail) VALUES ('run-fifo', 'hidden_deposit', 'wallet:+251911000222', 'T8', 12.5, '{}');
INSERT INTO statement_records (statement_id, victim, payer_name, payer_phone, paid_on, amount, currency, paid_to, file, file_row) VALUES
 ('S1', 'Dawit <b>', 'Amanuel', '+31612345678', '2024-03-05', '3000', 'USD', '+254712345678', 'statements.csv', 1),
 ('S2', 'Dawit <b>', 'Tesfaye', NULL, '2024-03-06', '4250', 'EUR', '+254722000111', 'statements.csv', 2);
INSERT INTO statement_matches (statement_id, tx_id, rank, confidence, chosen, tranche_group, reasons) VALUES
 ('S1', 'T1', 1, 0.95, true, NULL, '[]'),
 ('S2', 'T3', 1, 0.9, true, NULL, '[]'),
 ('S2', 'T4', 2, 0.2, false, NULL, '[]');
INSERT INTO account_entities (account_id, entity_id, entity_name, accounts, confidence) VALUES
 ('wallet:+254712345678', 'E1', 'Yonas Wedi', 2, 1.0),
 ('wallet:+254722000111', 'E1', 'Yonas Wedi', 2, 0.8),
 ('bank:ENBD/1012345678', 'E2', 'Walid', 1, 1.0);
