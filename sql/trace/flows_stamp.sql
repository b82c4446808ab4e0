-- A fingerprint of everything trace_flows is built from: transfers (count, last load_seq,
-- inferred links), accounts (ids, kinds, opening balances) and the sources' SHA-256s.
-- columns: stamp VARCHAR
SELECT concat_ws('/',
  (SELECT count(*)::VARCHAR || ':' || coalesce(max(load_seq), -1)::VARCHAR || ':' || count(*) FILTER (WHERE inferred)::VARCHAR
          || ':' || coalesce(sum(hash(tx_id, inferred))::VARCHAR, '0') FROM transfer_records),
  (SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(account_id, kind, opening_balance))::VARCHAR, '0') FROM account_records),
  (SELECT coalesce(string_agg(sha256, ',' ORDER BY sha256), '') FROM sources)) AS stamp;
