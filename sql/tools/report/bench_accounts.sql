-- Benchmark only: an account record for every account of the synthetic transfers.
-- params: none
INSERT INTO account_records (account_id, account_key, kind, holder_name, institution, country)
SELECT a, CAST(row_number() OVER (ORDER BY a) AS INTEGER),
       CASE WHEN a LIKE 'agent:%' THEN 'service' WHEN a LIKE 'bank:%' THEN 'bank' ELSE 'mobile_money' END,
       'Holder ' || CAST(hash(a) % 997 AS VARCHAR),
       CASE WHEN a LIKE 'wallet:+2547%' THEN 'Safaricom M-Pesa' WHEN a LIKE 'wallet:+2519%' THEN 'telebirr' ELSE NULL END,
       CASE WHEN a LIKE 'wallet:+2547%' THEN 'KE' WHEN a LIKE 'wallet:+2519%' THEN 'ET' WHEN a LIKE 'bank:%' THEN 'AE' ELSE NULL END
FROM (SELECT from_account AS a FROM transfer_records UNION SELECT to_account FROM transfer_records);
