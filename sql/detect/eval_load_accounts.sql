-- Evaluation and test loader: accounts CSV (account_id,kind[,holder_name,institution,country])
-- straight into account_records. Real cases use ingest.
-- params: $path VARCHAR
INSERT INTO account_records (account_id, account_key, kind, holder_name, institution, country)
SELECT account_id, (SELECT coalesce(max(account_key), 0) FROM account_records) + row_number() OVER (ORDER BY account_id),
       kind, nullif(holder_name, ''), nullif(institution, ''), nullif(country, '')
FROM read_csv($path, header = true, all_varchar = true, union_by_name = true);
