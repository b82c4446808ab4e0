-- Detection results written straight into a case (independent of the detector): L1, L2 and L3
-- are leaders (a chain L1 → L2 → L3), F1 is a leader candidate that only leader accounts pay
-- (a front business), C1 a collector.
INSERT INTO detect_runs (detect_id, scope_run_id, config, summary, tool_version, started_at, finished_at) VALUES
 ('det-test', NULL, '{}', '{}', 'test', '2026-01-01 00:00:00', '2026-01-01 00:00:01');
INSERT INTO detect_accounts (detect_id, rank, account_id, score, roles, findings, lookalike, explanation) VALUES
 ('det-test', 1, 'wallet:+254700000001', 0.9, '["collector"]', '[]', NULL, 'collector (test)'),
 ('det-test', 2, 'bank:L1', 0.8, '["leader"]', '[]', NULL, 'leader (test)'),
 ('det-test', 3, 'bank:L2', 0.8, '["leader"]', '[]', NULL, 'leader (test)'),
 ('det-test', 4, 'bank:L3', 0.8, '["leader"]', '[]', NULL, 'leader (test)'),
 ('det-test', 5, 'bank:F1', 0.5, '["leader candidate"]', '[]', NULL, 'leader candidate (test)');
