-- Benchmark data (npm run bench): $accounts synthetic accounts; about 1 in 500 is a terminal
-- service (cash-out agent), the rest mobile-money wallets. Keys are dense from 0.
-- params: $accounts BIGINT
INSERT INTO account_records (account_id, account_key, kind)
SELECT 'bench:' || i::VARCHAR, i::INTEGER, CASE WHEN hash(i, 'kind') % 500 = 0 THEN 'service' ELSE 'mobile_money' END
FROM range(CAST($accounts AS BIGINT)) t(i);
