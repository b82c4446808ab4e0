-- Builds (empty) temp table detect_found: the accounts each detector has flagged so far in
-- this run, so that later detectors (consolidation, roles) can build on earlier ones.
-- columns: pattern VARCHAR, account_id VARCHAR, score DOUBLE
CREATE OR REPLACE TEMP TABLE detect_found (pattern VARCHAR, account_id VARCHAR, score DOUBLE);
